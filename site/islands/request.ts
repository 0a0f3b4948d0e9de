import { createElement } from 'react';
import type * as z from 'zod/mini';
import type { FormSpec } from '../../cms/src/shared/contracts/form-spec.ts';
import { RequestFormView, type RequestFormViewProps } from '../../cms/src/shared/forms/RequestFormView.tsx';

/** A typed request's island: the shared form view with its own type's layout and contract (forms/request-*.ts). */
export function requestIsland(spec: FormSpec, schema: z.core.$ZodType) {
  return function RequestIsland(props: Omit<RequestFormViewProps, 'spec' | 'schema'>) {
    return createElement(RequestFormView, { ...props, spec, schema });
  };
}
