import type { APIRoute } from 'astro';
import { openData } from '../../data/offices.ts';
import { localePaths } from '../../data/entries.ts';
import { officesCsv } from '../../lib/office-open-data.ts';
import type { Locale } from '../../schemas/common.ts';

/** /ru/offices.csv, /tt/offices.csv — the same list as CSV, for spreadsheets. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(officesCsv((await openData(params.lang as Locale, site)).offices), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
