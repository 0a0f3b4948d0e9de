import { meterRequestForm, meterRequestInput } from '../../../cms/src/shared/contracts/meter-request.ts';
import { requestIsland } from '../request.ts';

/** The meter-work request's island, with its own contract only. */
export default requestIsland(meterRequestForm, meterRequestInput);
