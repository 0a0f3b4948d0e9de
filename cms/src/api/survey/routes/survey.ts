import { factories } from '@strapi/strapi';

// Public content is read-only over REST: editors write through the admin, the seed through the Document Service.
export default factories.createCoreRouter('api::survey.survey', { only: ['find', 'findOne'] });
