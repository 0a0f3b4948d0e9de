import { factories } from '@strapi/strapi';

// Written only by the site publisher (its own API token), read by editors in the admin. Never public.
export default factories.createCoreRouter('api::build-status.build-status', { only: ['find', 'update'] });
