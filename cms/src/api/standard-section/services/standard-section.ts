import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::standard-section.standard-section');
