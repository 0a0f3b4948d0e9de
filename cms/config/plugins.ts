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
  // Confirmation e-mails of appeals (src/intake/mail.ts). Without SMTP_HOST nothing leaves the machine: nodemailer's
  // JSON transport renders the message and drops it (local runs); the bootstrap logs a warning.
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: env('SMTP_HOST', '')
        ? {
            host: env('SMTP_HOST'),
            port: env.int('SMTP_PORT', 587),
            secure: env.bool('SMTP_SECURE', false),
            ...(env('SMTP_USER', '') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD') } } : {}),
            // A local capture server (tests) speaks plain SMTP; real servers negotiate STARTTLS themselves.
            ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
          }
        : { jsonTransport: true },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'АО «Татэнергосбыт» <no-reply@tatenergosbyt.ru>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'info@tatenergosbyt.ru'),
      },
    },
  },
});

export default config;
