import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  upload: {
    config: {
      // Contract forms and images only; anything executable or scriptable (SVG) is refused.
      security: {
        allowedTypes: [
          'image/png',
          'image/jpeg',
          'image/webp',
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.oasis.opendocument.text',
          'text/plain',
        ],
        deniedTypes: ['image/svg+xml'],
      },
    },
  },
});

export default config;
