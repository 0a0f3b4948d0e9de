import type { APIRoute } from 'astro';
import { openData } from '../../data/offices.ts';
import { localePaths } from '../../data/entries.ts';
import { officesJson } from '../../lib/office-open-data.ts';
import type { Locale } from '../../schemas/common.ts';

/** /ru/offices.json, /tt/offices.json — the office list as open data, written at build time. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(officesJson(await openData(params.lang as Locale, site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
