import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::supply-notice.supply-notice');
