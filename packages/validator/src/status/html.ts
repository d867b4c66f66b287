import {
  LOCALE_CONVENTIONS,
  LOCALES,
  type Locale,
  type Localized,
  VERDICT_LABELS,
} from '@csp-move/rules/messages';
import { STATE_LABELS } from '../formatters/steps.ts';
import { escapeXml } from '../formatters/text.ts';
import type { FileStep } from '../types.ts';
import { STATUS_WORDS, type StatusReport, type StatusRow, statusSummary } from './rows.ts';

/** Words a step's title in a locale; the HTML page carries every locale and switches between them. */
export type StepWording = (step: FileStep, locale: Locale) => string;

const HTML_LANG: Localized = { en: 'en', 'zh-TW': 'zh-Hant-TW' };

/** Text in every locale; the page's CSS shows the one chosen. Every value is escaped. */
function both(text: (locale: Locale) => string): string {
  return LOCALES.map((l) => `<span data-l="${l}">${escapeXml(text(l))}</span>`).join('');
}

function word(key: keyof typeof STATUS_WORDS): string {
  return both((l) => STATUS_WORDS[key][l]);
}

function row(r: StatusRow, reword: StepWording): string {
  const state = r.next?.state ?? (r.verdict === 'invalid' ? 'invalid' : 'done');
  const step = (l: Locale) =>
    r.next ? reword(r.next, l) : r.verdict === 'invalid' ? STATUS_WORDS.unreadable[l] : STATUS_WORDS.none[l];
  const cell = (sort: string | number, content: string, extra = '') =>
    `<td data-sort="${escapeXml(String(sort))}"${extra}>${content}</td>`;
  return [
    `<tr data-state="${state}">`,
    cell(r.customer ?? '', escapeXml(r.customer ?? '—')),
    cell(
      ['invalid', 'blocked', 'needs-attention', 'ready'].indexOf(r.verdict),
      both((l) => VERDICT_LABELS[r.verdict][l]),
      ` class="v-${r.verdict}"`,
    ),
    cell(r.day ?? '9999-99-99', escapeXml(r.day ?? '')),
    cell(r.daysLeft ?? 1e9, escapeXml(r.daysLeft === undefined ? '' : String(r.daysLeft)), ' class="num"'),
    cell(
      state,
      r.next ? both((l) => STATE_LABELS[r.next?.state ?? 'upcoming'][l]) : '',
      ` class="s-${state}"`,
    ),
    cell(step('en'), both(step)),
    cell(r.path, `<code>${escapeXml(r.path)}</code>`),
    '</tr>',
  ].join('');
}

const STYLE = `
:root{color-scheme:light dark;font-family:system-ui,sans-serif}
body{margin:1.5rem;line-height:1.4}
${LOCALES.map((l) => `html[data-locale="${l}"] [data-l]:not([data-l="${l}"])`).join(',')}{display:none}
.controls{display:flex;gap:.75rem;flex-wrap:wrap;align-items:center;margin:1rem 0}
table{border-collapse:collapse;width:100%}
th,td{padding:.35rem .6rem;border-bottom:1px solid #8884;text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort="ascending"]::after{content:" ▲"}
th[aria-sort="descending"]::after{content:" ▼"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.s-overdue,.v-blocked,.v-invalid{color:#c62828;font-weight:600}
.v-needs-attention{color:#a66400}
.v-ready{color:#2e7d32}
button[aria-pressed="true"]{font-weight:700}
`;

// Sorting, filtering and the locale switch. It reads only the page itself and loads nothing.
const SCRIPT = `
(() => {
  const body = document.querySelector('tbody');
  const rows = () => Array.from(body.rows);
  document.querySelectorAll('th').forEach((th, index) => {
    th.addEventListener('click', () => {
      const down = th.getAttribute('aria-sort') === 'ascending';
      document.querySelectorAll('th').forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
      const value = (tr) => tr.cells[index].dataset.sort;
      const numeric = rows().every((tr) => value(tr) !== '' && !Number.isNaN(Number(value(tr))));
      const sorted = rows().sort((a, b) => {
        const x = value(a), y = value(b);
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return down ? -order : order;
      });
      body.append(...sorted);
    });
  });
  const text = document.getElementById('filter');
  const state = document.getElementById('state');
  const apply = () => {
    const needle = text.value.trim().toLowerCase();
    for (const tr of rows()) {
      const shown = (!needle || tr.textContent.toLowerCase().includes(needle)) && (!state.value || tr.dataset.state === state.value);
      tr.hidden = !shown;
    }
  };
  text.addEventListener('input', apply);
  state.addEventListener('change', apply);
  const langs = ${JSON.stringify(HTML_LANG)};
  document.querySelectorAll('[data-set-locale]').forEach((button) => {
    button.addEventListener('click', () => {
      const locale = button.dataset.setLocale;
      document.documentElement.dataset.locale = locale;
      document.documentElement.lang = langs[locale];
      document.querySelectorAll('[data-set-locale]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
    });
  });
})();
`;

/**
 * The status as one self-contained HTML page (open it, or publish it from CI): sortable by any column,
 * filterable by text and state, in every locale with a switch. Nothing is loaded from elsewhere (the
 * page's content security policy says so), and every value from a plan is escaped.
 */
export function statusHtml(report: StatusReport, locale: Locale, reword: StepWording): string {
  // An <option> holds text only: it names every locale at once.
  const option = (value: string, label: Localized) =>
    `<option value="${value}">${escapeXml(LOCALES.map((l) => label[l]).join(' / '))}</option>`;
  const options = [
    option('', STATUS_WORDS.all),
    option('overdue', STATE_LABELS.overdue),
    option('upcoming', STATE_LABELS.upcoming),
    option('done', STATE_LABELS.done),
    option('invalid', VERDICT_LABELS.invalid),
  ].join('');
  const headers = (['customer', 'verdict', 'date', 'daysLeft', 'state', 'nextStep', 'file'] as const)
    .map((key) => `<th scope="col">${word(key)}</th>`)
    .join('');
  const buttons = LOCALES.map(
    (l) =>
      `<button type="button" data-set-locale="${l}" aria-pressed="${l === locale}">${escapeXml(LOCALE_CONVENTIONS[l].name)}</button>`,
  ).join('');
  return `<!doctype html>
<html lang="${HTML_LANG[locale]}" data-locale="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeXml(STATUS_WORDS.title[locale])}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${word('title')}</h1>
<p>${both((l) => statusSummary(report, l))}</p>
<div class="controls">
<label>${word('filter')} <input type="search" id="filter"></label>
<label>${word('state')} <select id="state">${options}</select></label>
<span role="group" aria-label="${escapeXml(STATUS_WORDS.language[locale])}">${buttons}</span>
</div>
<table>
<thead><tr>${headers}</tr></thead>
<tbody>
${report.rows.map((r) => row(r, reword)).join('\n')}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
