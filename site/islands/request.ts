import { createElement } from 'react';
import type * as z from 'zod/mini';
import type { FormSpec } from '../../cms/src/shared/contracts/form-spec.ts';
import { RequestFormView, type RequestFormViewProps } from '../../cms/src/shared/forms/RequestFormView.tsx';
import { hydrateIsland } from './hydrate.ts';

/** Hydrates a service request's page with its own type's layout and contract (each page's script names them). */
export function hydrateRequest(spec: FormSpec, schema: z.core.$ZodType): void {
  hydrateIsland('request-island', (props: Omit<RequestFormViewProps, 'spec' | 'schema'>) => createElement(RequestFormView, { ...props, spec, schema }));
}
