import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

/**
 * The auditors' report of `npm run audit`: reports/a11y/report.json and reports/a11y/index.html (per page and
 * per rule, with the WCAG success criterion, the offending markup and a screenshot of each offending element),
 * plus reports/a11y/summary.json, the figures the accessibility statement shows. Tests write only under reports/:
 * `npm run audit:record` copies the summary into site/data/a11y-audit.json, a deliberate, reviewed change.
 */
export interface AuditNode {
  html: string;
  target: string;
  failure: string;
  screenshot: string | null;
}
export interface AuditViolation {
  rule: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  criteria: string[];
  nodes: AuditNode[];
}
export interface AuditCheck {
  page: string;
  state: string;
  /** axe (in Playwright's Chromium) or pa11y (HTML_CodeSniffer, in Puppeteer's). */
  engine: 'axe' | 'pa11y';
  violations: AuditViolation[];
}

/** Rules we do not run, each with its reason. Empty: every rule of the tags runs. */
export const IGNORED_RULES: Array<{ rule: string; reason: string }> = [];

export const REPORT_DIR = path.join(ROOT, 'reports', 'a11y');

/** axe tags "wcag143" / "wcag1410" → success criteria "1.4.3" / "1.4.10". */
export function criteriaOf(tags: string[]): string[] {
  return tags
    .map((tag) => /^wcag(\d)(\d)(\d+)$/.exec(tag))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => `${match[1]}.${match[2]}.${match[3]}`);
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

export function writeAuditReport(checks: AuditCheck[], meta: { axeVersion: string; pa11yVersion: string; startedAt: Date; durationSeconds: number }) {
  mkdirSync(REPORT_DIR, { recursive: true });
  const pages = new Set(checks.map((check) => check.page)).size;
  const count = (list: AuditCheck[]) => list.reduce((sum, check) => sum + check.violations.reduce((inner, violation) => inner + violation.nodes.length, 0), 0);
  const violations = count(checks);
  const engine = (name: AuditCheck['engine']) => {
    const list = checks.filter((check) => check.engine === name);
    return { checks: list.length, pages: new Set(list.map((check) => check.page)).size, violations: count(list) };
  };
  const summary = {
    date: meta.startedAt.toISOString().slice(0, 10),
    checks: checks.length,
    pages,
    violations,
    ignoredRules: IGNORED_RULES,
    axeVersion: meta.axeVersion,
    pa11yVersion: meta.pa11yVersion,
    engines: { axe: engine('axe'), pa11y: engine('pa11y') },
    durationSeconds: Math.round(meta.durationSeconds),
  };
  writeFileSync(path.join(REPORT_DIR, 'report.json'), JSON.stringify({ ...summary, checks }, null, 2));
  writeFileSync(path.join(REPORT_DIR, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  const byRule = new Map<string, Array<{ check: AuditCheck; violation: AuditViolation }>>();
  for (const check of checks) for (const violation of check.violations) byRule.set(violation.rule, [...(byRule.get(violation.rule) ?? []), { check, violation }]);
  const failing = checks.filter((check) => check.violations.length);
  const html = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Аудит доступности — ${summary.date}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:.4rem;text-align:left;vertical-align:top}code,pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4}img{max-width:100%;border:2px solid #b00}.ok{color:#0a5c0a}.bad{color:#b00}</style>
</head><body><main>
<h1>Аудит доступности (ГОСТ Р 52872-2019 / WCAG 2.2 AA)</h1>
<p>Дата: ${summary.date}. Время: ${summary.durationSeconds} с. Два независимых инструмента:</p>
<ul>
<li>axe-core ${escape(meta.axeVersion)}, теги wcag2a, wcag21a, wcag2aa, wcag21aa, wcag22aa, best-practice: ${summary.engines.axe.checks} проверок на ${summary.engines.axe.pages} страницах, нарушений: ${summary.engines.axe.violations};</li>
<li>pa11y ${escape(meta.pa11yVersion)} (HTML_CodeSniffer, стандарт WCAG2AA, только ошибки): ${summary.engines.pa11y.checks} проверок на ${summary.engines.pa11y.pages} страницах, ошибок: ${summary.engines.pa11y.violations}.</li>
</ul>
<p class="${violations ? 'bad' : 'ok'}"><strong>Всего ${checks.length} проверок (страница × состояние × инструмент) на ${pages} страницах; нарушений: ${violations}.</strong></p>
<h2>Исключённые правила</h2>
${IGNORED_RULES.length ? `<ul>${IGNORED_RULES.map((item) => `<li><code>${item.rule}</code>: ${escape(item.reason)}</li>`).join('')}</ul>` : '<p>Нет: применяются все правила перечисленных тегов.</p>'}
<h2>По правилам</h2>
${
  byRule.size === 0
    ? '<p>Нарушений нет.</p>'
    : [...byRule]
        .map(
          ([rule, items]) => `<h3><code>${rule}</code> — ${escape(items[0]!.violation.help)} (WCAG ${items[0]!.violation.criteria.join(', ') || 'best practice'})</h3>
<p><a href="${items[0]!.violation.helpUrl}">Описание правила ${rule}</a></p>
<ul>${items.map(({ check, violation }) => `<li>${escape(check.page)} — ${escape(check.state)}: ${violation.nodes.length}</li>`).join('')}</ul>`,
        )
        .join('\n')
}
<h2>По страницам</h2>
<table><caption>Проверки с нарушениями</caption><thead><tr><th scope="col">Страница</th><th scope="col">Состояние</th><th scope="col">Инструмент</th><th scope="col">Нарушения</th></tr></thead><tbody>
${failing.length === 0 ? '<tr><td colspan="4">Нет</td></tr>' : failing.map((check) => `<tr><td>${escape(check.page)}</td><td>${escape(check.state)}</td><td>${check.engine}</td><td>${check.violations.map((violation) => `<p><code>${violation.rule}</code> (WCAG ${violation.criteria.join(', ') || '—'}): ${escape(violation.help)}</p>${violation.nodes.map((node) => `<pre><code>${escape(node.html)}</code></pre><p>${escape(node.failure)}</p>${node.screenshot ? `<img src="${node.screenshot}" alt="Снимок элемента ${escape(node.target)}">` : ''}`).join('')}`).join('')}</td></tr>`).join('\n')}
</tbody></table>
<h2>Все проверки</h2>
<table><caption>Страницы и состояния</caption><thead><tr><th scope="col">Страница</th><th scope="col">Состояние</th><th scope="col">Инструмент</th><th scope="col">Результат</th></tr></thead><tbody>
${checks.map((check) => `<tr><td>${escape(check.page)}</td><td>${escape(check.state)}</td><td>${check.engine}</td><td>${check.violations.length ? `<span class="bad">${check.violations.length}</span>` : '<span class="ok">0</span>'}</td></tr>`).join('\n')}
</tbody></table>
</main></body></html>`;
  writeFileSync(path.join(REPORT_DIR, 'index.html'), html);
  return summary;
}
