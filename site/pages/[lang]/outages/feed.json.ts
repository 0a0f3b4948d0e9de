import type { APIRoute } from 'astro';
import { localePaths } from '../../../data/entries.ts';
import { feedResponse } from '../../../data/outage-feeds.ts';
import type { Locale } from '../../../schemas/common.ts';

/** /<lang>/outages/feed.json — the whole republic's supply notices (data/outage-feeds.ts). */
export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params, site }) => feedResponse('json', params.lang as Locale, site);
