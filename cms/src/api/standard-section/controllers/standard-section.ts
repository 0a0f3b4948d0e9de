import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::standard-section.standard-section');
