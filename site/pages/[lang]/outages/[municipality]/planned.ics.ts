import type { APIRoute } from 'astro';
import { municipalityPaths } from '../../../../data/outages.ts';
import { feedResponse } from '../../../../data/outage-feeds.ts';
import type { Locale } from '../../../../schemas/common.ts';

/** /<lang>/outages/<municipality>/planned.ics — one municipality's supply notices (data/outage-feeds.ts). */
export const getStaticPaths = municipalityPaths;

export const GET: APIRoute = ({ params, site }) => feedResponse('ics', params.lang as Locale, site, params.municipality);
