import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::build-status.build-status');
