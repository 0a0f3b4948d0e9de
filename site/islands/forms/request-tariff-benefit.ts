import { benefitRequestForm, benefitRequestInput } from '../../../cms/src/shared/contracts/benefit-request.ts';
import { requestIsland } from '../request.ts';

/** The tariff-benefit request's island, with its own contract only. */
export default requestIsland(benefitRequestForm, benefitRequestInput);
