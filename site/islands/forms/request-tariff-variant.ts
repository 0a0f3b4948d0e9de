import { tariffVariantForm, tariffVariantInput } from '../../../cms/src/shared/contracts/tariff-variant-request.ts';
import { requestIsland } from '../request.ts';

/** The tariff-variant request's island, with its own contract only. */
export default requestIsland(tariffVariantForm, tariffVariantInput);
