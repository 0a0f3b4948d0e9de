/**
 * The service-quality indicators (issue 14): aggregates only, computed from the records (cms/src/intake/quality.ts),
 * for the site's build. No record is readable here or anywhere else over the API; a figure built from fewer than five
 * records is not given.
 */
export default {
  routes: [{ method: 'GET', path: '/quality-indicators', handler: 'quality.indicators', config: { auth: false } }],
};
