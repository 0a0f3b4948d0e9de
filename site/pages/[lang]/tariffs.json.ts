import type { APIRoute } from 'astro';
import { localePaths } from '../../data/entries.ts';
import { tariffData } from '../../data/tariffs.ts';
import { tariffsJson } from '../../lib/tariff-open-data.ts';
import type { Locale } from '../../schemas/common.ts';

/** /ru/tariffs.json, /tt/tariffs.json — the household tariffs as open data, one row per price, written at build time. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(tariffsJson(await tariffData(params.lang as Locale, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
