/** The appeal form's island (the appeal page and the outage report). */
export { default } from '../../../cms/src/shared/forms/AppealForm.tsx';
