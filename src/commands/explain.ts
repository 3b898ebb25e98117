// `--explain`: the cleaner's verdict on every block of an article, as a table for stderr, so a
// person can see why a line was kept or removed and which features said so.
import type { ExplainRow } from '../clean/index.js';

/** Longest excerpt of a block shown in the table: enough to recognise the line. */
const EXCERPT_CHARS = 70;
const WHITESPACE_RUN = /\s+/g;

function excerpt(text: string): string {
  const flat = text.replace(WHITESPACE_RUN, ' ').trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1)}…`;
}

function cell(value: number | string | boolean | undefined): string {
  if (value === undefined || value === '') return '-';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** The columns shown for every block; the rest of a row's features are printed after its text. */
const COLUMNS: ReadonlyArray<{ title: string; of: (row: ExplainRow, index: number) => string }> = [
  { title: '#', of: (_row, i) => String(i + 1) },
  { title: 'verdict', of: (row) => (row.keep ? 'keep' : 'drop') },
  { title: 'reason', of: (row) => row.reason ?? '-' },
  { title: 'chars', of: (row) => cell(row.features.chars) },
  { title: 'stop', of: (row) => cell(row.features.stopwords) },
  { title: 'sent', of: (row) => cell(row.features.sentence) },
  { title: 'class', of: (row) => `${cell(row.features.initial)}>${cell(row.features.context)}` },
];
const SHOWN = new Set(['chars', 'stopwords', 'sentence', 'initial', 'context', 'words']);

/** One article's table: a header line with its id, then one line per block (empty blocks skipped). */
export function formatExplain(id: string, rows: readonly ExplainRow[]): string {
  const table = rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.text.trim() !== '')
    .map(({ row, i }) => {
      const extra = Object.entries(row.features)
        .filter(([key, value]) => !SHOWN.has(key) && value !== '' && value !== false)
        .map(([key, value]) => `${key}=${cell(value)}`)
        .join(' ');
      return { cells: COLUMNS.map((c) => c.of(row, i)), text: excerpt(row.text), extra };
    });
  const widths = COLUMNS.map((c, k) => Math.max(c.title.length, ...table.map((t) => t.cells[k]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, k) => c.padEnd(widths[k]!)).join('  ');
  const out = [`== ${id} (${table.filter((t) => t.cells[1] === 'keep').length} kept, ${table.filter((t) => t.cells[1] === 'drop').length} removed)`];
  out.push(`${line(COLUMNS.map((c) => c.title))}  text  [other features]`);
  for (const t of table) out.push(`${line(t.cells)}  ${t.text}${t.extra ? `  [${t.extra}]` : ''}`);
  return `${out.join('\n')}\n`;
}
