import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::contract-document.contract-document');
