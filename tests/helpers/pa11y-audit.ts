import { createRequire } from 'node:module';
import pa11y from 'pa11y';
import puppeteer from 'puppeteer';
import type { AuditViolation } from './audit-report.ts';

/**
 * The audit's second engine (issue 16): pa11y with HTML_CodeSniffer at WCAG2AA — different rules from axe's, and
 * the engine many Russian public-sector auditors run. pa11y drives the browser through Puppeteer; it gets Debian's
 * Chromium, as Playwright does (nothing downloads one: .puppeteerrc.cjs). Errors only: HTML_CodeSniffer's
 * warnings and notices are questions for a person, listed by it on every page whatever the page does.
 */
export const PA11Y_STANDARD = 'WCAG2AA';
export const PA11Y_VERSION = (createRequire(import.meta.url)('pa11y/package.json') as { version: string }).version;

interface Pa11yIssue {
  code: string;
  type: string;
  message: string;
  context: string | null;
  selector: string;
}

/** "WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2" → criterion 3.2.2 and technique H32. */
function describeCode(code: string): { criteria: string[]; technique: string | null } {
  const criterion = /\.(\d)_(\d)_(\d+)\./.exec(code);
  const technique = /\.(\d_\d_\d+)\.([A-Z]+\d+)/.exec(code)?.[2] ?? null;
  return { criteria: criterion ? [`${criterion[1]}.${criterion[2]}.${criterion[3]}`] : [], technique };
}

const TECHNIQUE_PAGES: Record<string, string> = { H: 'html', G: 'general', C: 'css', F: 'failures', ARIA: 'aria', SCR: 'client-side-script' };
const techniqueUrl = (technique: string | null) => {
  const family = technique ? /^[A-Z]+/.exec(technique)![0] : null;
  return family && TECHNIQUE_PAGES[family] ? `https://www.w3.org/WAI/WCAG22/Techniques/${TECHNIQUE_PAGES[family]}/${technique}` : 'https://squizlabs.github.io/HTML_CodeSniffer/';
};

/** pa11y's issues as the report's violations: one per code, each offending element a node. */
export function asViolations(issues: readonly Pa11yIssue[]): AuditViolation[] {
  const byCode = new Map<string, Pa11yIssue[]>();
  for (const issue of issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
  return [...byCode].map(([code, items]) => {
    const { criteria, technique } = describeCode(code);
    return {
      rule: code,
      impact: 'error',
      help: items[0]!.message,
      helpUrl: techniqueUrl(technique),
      criteria,
      nodes: items.map((issue) => ({ html: issue.context ?? '', target: issue.selector, failure: issue.message, screenshot: null })),
    };
  });
}

/** Runs pa11y over `urls`, `tabs` at a time in one Chromium; returns each URL's violations in the order given. */
export async function pa11yAudit(urls: readonly string[], tabs = 2): Promise<AuditViolation[][]> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    headless: true,
  });
  try {
    const results: AuditViolation[][] = [];
    const queue = urls.map((url, index) => ({ url, index }));
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const result = (await pa11y(job.url, { browser, standard: PA11Y_STANDARD, runners: ['htmlcs'], includeNotices: false, includeWarnings: false, timeout: 60_000 })) as {
          issues: Pa11yIssue[];
        };
        results[job.index] = asViolations(result.issues.filter((issue) => issue.type === 'error'));
      }
    };
    await Promise.all(Array.from({ length: tabs }, worker));
    return results;
  } finally {
    await browser.close();
  }
}
