import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::contract-document.contract-document');
