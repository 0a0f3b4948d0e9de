import type { CmsInstance } from './cms.ts';

/**
 * Publish → live for a one-entry change, as an editor makes it: one Tatar FAQ answer edited and published through
 * the admin API, then the served page polled until it shows the new text. Returns the seconds of each run
 * (`npm run bench:publish`, and the scale benchmark at each size).
 */
export async function timePublishes(cms: CmsInstance, siteUrl: string, runs: number, log = (line: string) => console.log(line)): Promise<number[]> {
  const login = await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(cms.admin) });
  const { data } = (await login.json()) as { data: { token: string } };
  const headers = { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' };
  const uid = 'api::faq-item.faq-item';
  const list = (await (await fetch(`${cms.url}/content-manager/collection-types/${uid}?locale=tt&filters[slug][$eq]=readings-deadline`, { headers })).json()) as {
    results: Array<{ documentId: string; answer: string }>;
  };
  const { documentId, answer } = list.results[0]!;
  const seconds: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const marker = `Үлчәү ${run}-${Date.now()}.`;
    await fetch(`${cms.url}/content-manager/collection-types/${uid}/${documentId}?locale=tt`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ answer: `${answer} ${marker}` }),
    });
    const clicked = performance.now();
    await fetch(`${cms.url}/content-manager/collection-types/${uid}/${documentId}/actions/publish?locale=tt`, { method: 'POST', headers, body: '{}' });
    for (;;) {
      const page = await fetch(`${siteUrl}/tt/faq/readings/`).then((response) => response.text());
      if (page.includes(marker)) break;
      if (performance.now() - clicked > 600_000) throw new Error('the change did not go live within 10 minutes');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    seconds.push((performance.now() - clicked) / 1000);
    log(`publish ${run}/${runs}: live after ${seconds.at(-1)!.toFixed(1)} s`);
  }
  return seconds;
}
