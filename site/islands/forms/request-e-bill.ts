import { ebillRequestForm, ebillRequestInput } from '../../../cms/src/shared/contracts/ebill-request.ts';
import { requestIsland } from '../request.ts';

/** The e-bill request's island, with its own contract only. */
export default requestIsland(ebillRequestForm, ebillRequestInput);
