import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::build-status.build-status');
