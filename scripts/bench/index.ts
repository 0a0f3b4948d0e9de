/**
 * `npm run bench` — build time and page weight of today's content (build.ts); `npm run bench -- --scale 1,10,50` —
 * what the site costs as its content grows (scale.ts).
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { scale: { type: 'string' } } });
if (values.scale) {
  const { benchScale } = await import('./scale.ts');
  await benchScale(values.scale.split(',').map(Number));
} else {
  await import('./build.ts');
}
