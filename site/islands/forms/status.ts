/** The appeal status lookup's island. */
export { default } from '../../../cms/src/shared/forms/StatusLookup.tsx';
