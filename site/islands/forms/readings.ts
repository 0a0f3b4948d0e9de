/** The meter readings form's island. */
export { default } from '../../../cms/src/shared/forms/ReadingsForm.tsx';
