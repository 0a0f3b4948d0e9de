/** The bill estimator's island. */
export { default } from '../../../cms/src/shared/forms/EstimateForm.tsx';
