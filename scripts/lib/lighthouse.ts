import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/**
 * Lighthouse (mobile, its default: a mid-range phone on a slow 4G link, simulated) on one page, in Debian's
 * Chromium started by chrome-launcher. Returns the four category scores (0–100) and the timings that matter here.
 */
export interface LighthouseResult {
  url: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  lcpMs: number;
  fcpMs: number;
  totalBlockingMs: number;
  /** The audits below a full score, for the report: what to look at when a score drops. */
  failing: string[];
}

export async function withChrome<T>(run: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    return await run(chrome.port);
  } finally {
    chrome.kill();
  }
}

export async function lighthouseOf(url: string, port: number): Promise<LighthouseResult> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    url,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
    totalBlockingMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
    failing: Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
      .map((audit) => audit.id),
  };
}

/** The page types Lighthouse is run on (issue 16): home, a content page, the finder, an office, the appeal form, search. */
export const LIGHTHOUSE_PAGES = ['', 'info/meter-readings/', 'offices/', 'offices/kazan-central/', 'appeal/', 'search/'] as const;
