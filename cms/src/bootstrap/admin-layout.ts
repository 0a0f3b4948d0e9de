import type { Core } from '@strapi/strapi';
import { COMPONENT_LAYOUTS, CONTENT_TYPE_LAYOUTS, type FieldText } from '../admin-ui/field-labels';

interface Metadatas {
  [field: string]: { edit?: Record<string, unknown>; list?: Record<string, unknown> };
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Metadatas;
  layouts: { list?: string[]; edit?: unknown; [key: string]: unknown };
}

function withTexts(metadatas: Metadatas, fields: Record<string, FieldText>): Metadatas {
  const next: Metadatas = { ...metadatas };
  for (const [field, text] of Object.entries(fields)) {
    const current = next[field] ?? {};
    next[field] = {
      ...current,
      edit: { ...(current.edit ?? {}), label: text.label, description: text.hint },
      list: { ...(current.list ?? {}), label: text.label },
    };
  }
  return next;
}

/**
 * Applies cms/src/admin-ui/field-labels.ts to the content manager on every start: Russian labels and hints on
 * every field, useful list columns. The content manager keeps this "view configuration" in its store; writing it
 * from code means the admin looks the same on every database, and a reviewer sees label changes in git.
 */
export async function applyAdminLayout(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, layout] of Object.entries(CONTENT_TYPE_LAYOUTS)) {
    if (!strapi.contentTypes[uid as keyof typeof strapi.contentTypes]) continue;
    const configuration = (await contentTypes.findConfiguration({ uid })) as Configuration;
    await contentTypes.updateConfiguration(
      { uid },
      {
        settings: { ...configuration.settings, mainField: layout.listColumns[0] ?? configuration.settings.mainField },
        metadatas: withTexts(configuration.metadatas, layout.fields),
        layouts: { ...configuration.layouts, list: layout.listColumns },
      },
    );
  }
  const components = strapi.plugin('content-manager').service('components');
  for (const [uid, fields] of Object.entries(COMPONENT_LAYOUTS)) {
    if (!strapi.components[uid as keyof typeof strapi.components]) continue;
    const configuration = (await components.findConfiguration({ uid })) as Configuration;
    await components.updateConfiguration({ uid }, { ...configuration, metadatas: withTexts(configuration.metadatas, fields) });
  }
}
