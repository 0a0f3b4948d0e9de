import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { check } from './rules';

/**
 * Runs the save-time rules (./rules.ts) on every create and update through the Document Service — the admin,
 * the REST API and the seed alike — and refuses the save with field-level messages the admin shows next to the
 * field. Images in the media library must have alternative text.
 */
export function registerValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action === 'create' || context.action === 'update') {
      const params = context.params as { data?: Record<string, unknown> };
      const problems = check(context.uid, params.data);
      if (problems.length) {
        throw new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
          errors: problems.map((problem) => ({ path: problem.path, message: problem.message, name: 'ValidationError', value: null })),
        });
      }
    }
    return next();
  });

  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    beforeUpdate(event) {
      const data = event.params.data as { mime?: string; alternativeText?: string | null } | undefined;
      // On update the editor has had the chance to describe the image; an empty description is refused then.
      if (data && 'alternativeText' in data && (!data.alternativeText || !data.alternativeText.trim())) {
        throw new errors.ValidationError('Добавьте альтернативный текст: опишите, что изображено, для тех, кто не видит картинку.');
      }
    },
    beforeCreate(event) {
      const data = event.params.data as { mime?: string; alternativeText?: string | null; name?: string } | undefined;
      if (data?.mime?.startsWith('image/') && (!data.alternativeText || !data.alternativeText.trim())) {
        throw new errors.ValidationError(`Добавьте альтернативный текст к изображению «${data.name ?? ''}»: опишите, что на нём изображено.`);
      }
    },
  });
}
