// `extract stats`: what a corpus holds, in aggregate. Records are added one at a time, so a corpus
// of any length costs the memory of its distinct names, not of its records.
import type { Entity, FigureKind, OutputRecord, TimexType } from '../types.js';

export interface NameCount {
  name: string;
  /** Articles naming it at least once. */
  articles: number;
  mentions: number;
}

export interface CorpusStats {
  articles: number;
  /** Inputs that gave an error record, by error code. */
  failed: number;
  errors: Record<string, number>;
  /** Articles per language code, most frequent first. */
  languages: Record<string, number>;
  /** Articles per warning code. */
  warnings: Record<string, number>;
  organizations: NameCount[];
  people: NameCount[];
  places: NameCount[];
  figures: { total: number; byKind: Record<FigureKind, number> };
  /** Dates by the year of their value; `undated` counts values without one (XXXX-10-14, P1D, PAST_REF). */
  dates: { total: number; byType: Record<TimexType, number>; byYear: Record<string, number> };
}

const YEAR = /^(?<year>\d{4})/;
const FIGURE_KINDS: readonly FigureKind[] = ['count', 'percent', 'money', 'quantity', 'ordinal'];
const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
export const UNDATED = 'undated';
export const DEFAULT_TOP = 10;

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Most frequent first, then by key, so the output never depends on input order ties. */
function sortedObject(map: Map<string, number>): Record<string, number> {
  const entries = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}

class NameTally {
  private readonly counts = new Map<string, { articles: number; mentions: number }>();
  add(entities: readonly Entity[]): void {
    for (const e of entities) {
      const c = this.counts.get(e.name);
      if (c) {
        c.articles++;
        c.mentions += e.mentions.length;
      } else this.counts.set(e.name, { articles: 1, mentions: e.mentions.length });
    }
  }
  top(n: number): NameCount[] {
    return [...this.counts]
      .map(([name, c]) => ({ name, articles: c.articles, mentions: c.mentions }))
      .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .slice(0, n);
  }
}

export class StatsAccumulator {
  private articles = 0;
  private failed = 0;
  private readonly errors = new Map<string, number>();
  private readonly languages = new Map<string, number>();
  private readonly warnings = new Map<string, number>();
  private readonly organizations = new NameTally();
  private readonly people = new NameTally();
  private readonly places = new NameTally();
  private readonly figureKinds = new Map<string, number>();
  private readonly dateTypes = new Map<string, number>();
  private readonly years = new Map<string, number>();
  private figures = 0;
  private dates = 0;

  add(record: OutputRecord): void {
    if ('error' in record) {
      this.failed++;
      bump(this.errors, record.error.code);
      return;
    }
    this.articles++;
    bump(this.languages, record.language.code);
    for (const code of new Set(record.warnings.map((w) => w.code))) bump(this.warnings, code);
    this.organizations.add(record.organizations);
    this.people.add(record.people);
    this.places.add(record.places);
    for (const f of record.figures) bump(this.figureKinds, f.kind);
    this.figures += record.figures.length;
    for (const d of record.dates) {
      bump(this.dateTypes, d.type);
      bump(this.years, YEAR.exec(d.value)?.groups?.year ?? UNDATED);
    }
    this.dates += record.dates.length;
  }

  result(top = DEFAULT_TOP): CorpusStats {
    const byKind = Object.fromEntries(FIGURE_KINDS.map((k) => [k, this.figureKinds.get(k) ?? 0])) as Record<FigureKind, number>;
    const byType = Object.fromEntries(TIMEX_TYPES.map((t) => [t, this.dateTypes.get(t) ?? 0])) as Record<TimexType, number>;
    // Years read as a timeline; the undated count comes last.
    const yearKeys = [...this.years.keys()].filter((k) => k !== UNDATED).sort();
    const byYear: Record<string, number> = {};
    for (const y of yearKeys) byYear[y] = this.years.get(y)!;
    if (this.years.has(UNDATED)) byYear[UNDATED] = this.years.get(UNDATED)!;
    return {
      articles: this.articles,
      failed: this.failed,
      errors: sortedObject(this.errors),
      languages: sortedObject(this.languages),
      warnings: sortedObject(this.warnings),
      organizations: this.organizations.top(top),
      people: this.people.top(top),
      places: this.places.top(top),
      figures: { total: this.figures, byKind },
      dates: { total: this.dates, byType, byYear },
    };
  }
}

export function computeStats(records: Iterable<OutputRecord>, top = DEFAULT_TOP): CorpusStats {
  const acc = new StatsAccumulator();
  for (const r of records) acc.add(r);
  return acc.result(top);
}

function table(title: string, header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  // Numbers line up on the right, names on the left.
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const format = (r: readonly string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const lines = [title, format(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  if (rows.length === 0) lines.push('(none)');
  else for (const r of rows) lines.push(format(r.map(String)));
  return lines.join('\n');
}

/** The stats as plain-text tables for a terminal. */
export function formatStatsTable(stats: CorpusStats): string {
  const record = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => [k, v] as const);
  const names = (list: NameCount[]) => list.map((n) => [n.name, n.articles, n.mentions] as const);
  const sections = [
    `${stats.articles} article${stats.articles === 1 ? '' : 's'}${stats.failed > 0 ? `, ${stats.failed} failed` : ''}`,
    table('Languages', ['language', 'articles'], record(stats.languages)),
    table('Organisations', ['name', 'articles', 'mentions'], names(stats.organizations)),
    table('People', ['name', 'articles', 'mentions'], names(stats.people)),
    table('Places', ['name', 'articles', 'mentions'], names(stats.places)),
    table(`Figures (${stats.figures.total})`, ['kind', 'figures'], record(stats.figures.byKind)),
    table(`Dates (${stats.dates.total})`, ['year', 'dates'], record(stats.dates.byYear)),
  ];
  if (Object.keys(stats.warnings).length > 0) sections.push(table('Warnings', ['code', 'articles'], record(stats.warnings)));
  if (Object.keys(stats.errors).length > 0) sections.push(table('Errors', ['code', 'inputs'], record(stats.errors)));
  return `${sections.join('\n\n')}\n`;
}
