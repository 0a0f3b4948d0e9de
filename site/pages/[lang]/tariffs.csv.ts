import type { APIRoute } from 'astro';
import { localePaths } from '../../data/entries.ts';
import { tariffData } from '../../data/tariffs.ts';
import { tariffsCsv } from '../../lib/tariff-open-data.ts';
import type { Locale } from '../../schemas/common.ts';

/** /ru/tariffs.csv, /tt/tariffs.csv — the household tariffs as open data, one row per price, written at build time. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(tariffsCsv((await tariffData(params.lang as Locale, site)).tariffs), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
