/**
 * `npm run check:disclosures [dist-dir]` — prints D01–D25 × ru/tt with the URLs of the built pages that carry
 * each item, or MISSING; exits 1 if anything is missing. The site build runs the same check and fails on a gap.
 */
import path from 'node:path';
import { collectCoverage, formatCoverage, missing } from './lib/disclosure-check.ts';
import { DIST_DIR } from './lib/paths.ts';

const dir = path.resolve(process.argv[2] ?? DIST_DIR);
const coverage = collectCoverage(dir);
console.log(formatCoverage(coverage, 2));
const gaps = missing(coverage);
console.log(gaps.length ? `\n${gaps.length} missing: ${gaps.map((gap) => `${gap.code}/${gap.locale}`).join(', ')}` : '\nEvery item is disclosed in Russian and Tatar.');
process.exit(gaps.length ? 1 : 0);
