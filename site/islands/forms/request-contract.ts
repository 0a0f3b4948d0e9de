import { contractRequestForm, contractRequestInput } from '../../../cms/src/shared/contracts/contract-request.ts';
import { requestIsland } from '../request.ts';

/** The contract request's island, with its own contract only. */
export default requestIsland(contractRequestForm, contractRequestInput);
