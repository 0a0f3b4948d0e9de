import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::supply-notice.supply-notice');
