// `extract report`: one self-contained HTML page to review records by eye, as displaCy does for
// spaCy: each article's text with its dates, figures and entities highlighted, the boilerplate
// that was removed, and counts. The page is built as a list of string parts joined once, so a
// thousand articles cost one pass over their text.
import type { ArticleRecord, DateMention, Entity, Figure, OutputRecord } from '../types.js';
import { REPORT_CSS, REPORT_JS } from './style.js';

export type HighlightKind = 'date' | 'figure' | 'org' | 'person' | 'place';

/** The kinds in the order the legend and tables list them, with their human labels. */
export const KINDS: ReadonlyArray<{ kind: HighlightKind; label: string }> = [
  { kind: 'date', label: 'dates' },
  { kind: 'figure', label: 'figures' },
  { kind: 'org', label: 'organisations' },
  { kind: 'person', label: 'people' },
  { kind: 'place', label: 'places' },
];

export interface Highlight {
  kind: HighlightKind;
  start: number;
  end: number;
  /** The normalised value, shown on hover and focus. */
  value: string;
}

export interface ReportOptions {
  /** The page's heading and <title> (default "extract report"). */
  title?: string;
}

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c] ?? c);
}

function dateValue(d: DateMention): string {
  return `date ${d.type} ${d.value}`;
}

function figureValue(f: Figure): string {
  const parts = [`${f.kind} ${f.value}`];
  if (f.unit !== null) parts.push(f.unit);
  if (f.min !== undefined || f.max !== undefined) parts.push(`[${f.min ?? '…'}–${f.max ?? '…'}]`);
  if (f.qualifier) parts.push(`(${f.qualifier})`);
  return parts.join(' ');
}

const ENTITY_LABEL: Readonly<Record<'org' | 'person' | 'place', string>> = { org: 'organisation', person: 'person', place: 'place' };

/** Every span of a record as a highlight, sorted by start, the longest first at one start. */
export function highlightsOf(record: ArticleRecord): Highlight[] {
  const out: Highlight[] = [];
  for (const d of record.dates) out.push({ kind: 'date', start: d.start, end: d.end, value: dateValue(d) });
  for (const f of record.figures) out.push({ kind: 'figure', start: f.start, end: f.end, value: figureValue(f) });
  const entities: Array<[HighlightKind & keyof typeof ENTITY_LABEL, Entity[]]> = [
    ['org', record.organizations],
    ['person', record.people],
    ['place', record.places],
  ];
  for (const [kind, list] of entities) {
    for (const entity of list) {
      const value = `${ENTITY_LABEL[kind]}: ${entity.name}`;
      for (const m of entity.mentions) out.push({ kind, start: m.start, end: m.end, value });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * The text with its highlights as nested <mark> elements. A span inside another nests in it; a
 * span crossing another's end cannot be drawn as HTML and is left out (and counted).
 */
export function highlightText(text: string, highlights: readonly Highlight[]): { html: string; hidden: number } {
  const parts: string[] = [];
  const open: number[] = []; // ends of the <mark>s still open, innermost last
  let at = 0;
  let hidden = 0;
  const closeUpTo = (position: number) => {
    while (open.length > 0 && open[open.length - 1]! <= position) {
      const end = open.pop()!;
      parts.push(escapeHtml(text.slice(at, end)), '</mark>');
      at = end;
    }
  };
  for (const h of highlights) {
    if (h.start < at || h.end > text.length || h.end <= h.start) {
      hidden++;
      continue;
    }
    closeUpTo(h.start);
    const enclosing = open[open.length - 1];
    if (enclosing !== undefined && h.end > enclosing) {
      hidden++;
      continue;
    }
    parts.push(escapeHtml(text.slice(at, h.start)), `<mark class="k-${h.kind}" tabindex="0" data-v="${escapeHtml(h.value)}" title="${escapeHtml(h.value)}">`);
    at = h.start;
    open.push(h.end);
  }
  closeUpTo(text.length);
  parts.push(escapeHtml(text.slice(at)));
  return { html: parts.join(''), hidden };
}

interface Counts {
  date: number;
  figure: number;
  org: number;
  person: number;
  place: number;
  warnings: number;
  removed: number;
}

function countsOf(record: ArticleRecord): Counts {
  const mentions = (list: Entity[]) => list.reduce((n, e) => n + e.mentions.length, 0);
  return {
    date: record.dates.length,
    figure: record.figures.length,
    org: mentions(record.organizations),
    person: mentions(record.people),
    place: mentions(record.places),
    warnings: record.warnings.length,
    removed: record.removed.length,
  };
}

const COUNT_COLUMNS: ReadonlyArray<[keyof Counts, string]> = [...KINDS.map((k): [keyof Counts, string] => [k.kind, k.label]), ['warnings', 'warnings'], ['removed', 'removed blocks']];

function articleSection(parts: string[], record: ArticleRecord, anchor: string): Counts {
  const counts = countsOf(record);
  const { html, hidden } = highlightText(record.text, highlightsOf(record));
  const title = record.title ?? record.id;
  parts.push(`<article id="${anchor}" aria-labelledby="${anchor}-h"><h2 id="${anchor}-h">${escapeHtml(title)}</h2><p class="meta">`);
  const meta = [
    `id ${record.id}`,
    `${record.source.format}, ${record.source.encoding}, ${record.source.bytes} bytes`,
    record.published ? `published ${record.published.value} (from ${record.published.from})` : 'no publication date',
    `language ${record.language.code} (${record.language.confidence.toFixed(2)})`,
  ];
  if (record.source.url) meta.push(record.source.url);
  for (const m of meta) parts.push(`<span>${escapeHtml(m)}</span>`);
  parts.push('</p><table><thead><tr>');
  for (const [, label] of COUNT_COLUMNS) parts.push(`<th class="n" scope="col">${label}</th>`);
  parts.push('</tr></thead><tbody><tr>');
  for (const [key] of COUNT_COLUMNS) parts.push(`<td class="n">${counts[key]}</td>`);
  parts.push('</tr></tbody></table>');
  if (record.warnings.length > 0) {
    parts.push('<ul class="warn">');
    for (const w of record.warnings) parts.push(`<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`);
    parts.push('</ul>');
  }
  if (hidden > 0) parts.push(`<p class="meta">${hidden} span${hidden > 1 ? 's' : ''} overlapping another not drawn.</p>`);
  parts.push(`<div class="text">${html}</div>`);
  if (record.removed.length > 0) {
    parts.push(`<details><summary>${record.removed.length} removed block${record.removed.length > 1 ? 's' : ''}</summary><ul class="removed">`);
    for (const r of record.removed) parts.push(`<li><del>${escapeHtml(r.text)}</del><span class="reason">${escapeHtml(r.reason)}</span></li>`);
    parts.push('</ul></details>');
  }
  parts.push('</article>');
  return counts;
}

/** A self-contained HTML page (inline CSS and script, no external asset) reviewing `records`. */
export function renderReport(records: Iterable<OutputRecord>, options: ReportOptions = {}): string {
  const pageTitle = escapeHtml(options.title ?? 'extract report');
  const body: string[] = [];
  const rows: string[] = [];
  const totals: Counts = { date: 0, figure: 0, org: 0, person: 0, place: 0, warnings: 0, removed: 0 };
  let articles = 0;
  let errors = 0;
  let index = 0;
  for (const record of records) {
    const anchor = `a${index++}`;
    if ('error' in record) {
      errors++;
      body.push(
        `<article id="${anchor}" class="error" aria-labelledby="${anchor}-h"><h2 id="${anchor}-h">${escapeHtml(record.id)}</h2>`,
        `<p><strong>${escapeHtml(record.error.code)}</strong> ${escapeHtml(record.error.message)}</p></article>`,
      );
      rows.push(`<tr><td><a href="#${anchor}">${escapeHtml(record.id)}</a></td><td colspan="${COUNT_COLUMNS.length}">error ${escapeHtml(record.error.code)}</td></tr>`);
      continue;
    }
    articles++;
    const counts = articleSection(body, record, anchor);
    const cells = COUNT_COLUMNS.map(([key]) => {
      totals[key] += counts[key];
      return `<td class="n">${counts[key]}</td>`;
    });
    rows.push(`<tr><td><a href="#${anchor}">${escapeHtml(record.title ?? record.id)}</a></td>${cells.join('')}</tr>`);
  }
  const head = [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<meta name="color-scheme" content="light dark"><title>${pageTitle}</title><style>${REPORT_CSS}</style></head>`,
    `<body><a class="skip" href="#articles">Skip to the articles</a><main><h1>${pageTitle}</h1>`,
    `<p class="meta">${articles} article${articles === 1 ? '' : 's'}${errors > 0 ? `, ${errors} failed input${errors === 1 ? '' : 's'}` : ''}. `,
    'Tab moves through the highlights; the value of the focused one shows below it and in the bar at the bottom.</p>',
    '<div class="legend" role="group" aria-label="Show or hide a kind of highlight">',
    ...KINDS.map((k) => `<label><input type="checkbox" checked data-kind="${k.kind}"> <span class="sw k-${k.kind}"></span> ${k.label}</label>`),
    '</div><h2>Summary</h2><table class="summary"><thead><tr><th scope="col">article</th>',
    ...COUNT_COLUMNS.map(([, label]) => `<th class="n" scope="col">${label}</th>`),
    '</tr></thead><tbody>',
  ];
  const foot = [
    `</tbody><tfoot><tr><th scope="row">total</th>${COUNT_COLUMNS.map(([key]) => `<td class="n">${totals[key]}</td>`).join('')}</tr></tfoot></table>`,
    '<div id="articles">',
  ];
  const end = ['</div></main><div id="detail" role="status" aria-live="polite"></div>', `<script>${REPORT_JS}</script></body></html>\n`];
  return [...head, ...rows, ...foot, ...body, ...end].join('');
}
