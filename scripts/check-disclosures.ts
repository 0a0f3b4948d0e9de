/**
 * `npm run check:disclosures [dist-dir]` — prints D01–D25 × ru/tt with the URLs of the built pages that carry
 * each item, or MISSING; then the items carried only by example data and the pages that admit a gap. Exits 1 if
 * anything is missing — and, with SITE_ENV=production, if any sample or gap remains. The site build runs the same
 * checks and fails the same way.
 */
import path from 'node:path';
import { collectCoverage, collectPlaceholders, formatCoverage, formatPlaceholders, isProduction, missing } from './lib/disclosure-check.ts';
import { DIST_DIR } from './lib/paths.ts';

const dir = path.resolve(process.argv[2] ?? DIST_DIR);
const coverage = collectCoverage(dir);
console.log(formatCoverage(coverage, 2));
const gaps = missing(coverage);
console.log(gaps.length ? `\n${gaps.length} missing: ${gaps.map((gap) => `${gap.code}/${gap.locale}`).join(', ')}` : '\nEvery item is disclosed in Russian and Tatar.');
const placeholders = collectPlaceholders(dir);
console.log(`\n${formatPlaceholders(placeholders)}`);
// Samples and admitted gaps are reported always, and fail only where the site is meant to be real.
const placeholdersFail = isProduction() && (placeholders.samples.length > 0 || placeholders.gaps.length > 0);
if (placeholdersFail) console.log('\nSITE_ENV=production: example data and gaps must be gone before going live.');
process.exit(gaps.length || placeholdersFail ? 1 : 0);
