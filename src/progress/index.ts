// A progress line on stderr for long runs, in the manner of curl and rsync: only when a person is
// watching (stderr is a terminal), never in a log or a pipe, where it would be noise.
import type { Writable } from 'node:stream';
import { expandInputs, formatFromPath } from '../input/sources.js';
import type { InputFormat } from '../types.js';

/** A stream that may be a terminal, as process.stderr is. */
export type MaybeTty = Writable & { isTTY?: boolean; columns?: number };

export interface ProgressOptions {
  /** Where the line goes (process.stderr in the CLI). */
  stream: MaybeTty;
  /** --quiet: nothing at all. */
  quiet?: boolean;
  /** The number of articles, when known before the run: gives the ETA. */
  total?: number;
  /** Environment, for NO_COLOR (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Clock in milliseconds (tests pass their own). */
  now?: () => number;
  /** Least time between two redraws, in milliseconds (default 100). */
  intervalMs?: number;
  /** Runs of at most this many articles show nothing (default 5). */
  few?: number;
  /** The word counted (default "articles"). */
  noun?: string;
}

const ERASE_LINE = '\r\x1b[2K';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';
const DEFAULT_FEW = 5;
const DEFAULT_INTERVAL_MS = 100;

/** NO_COLOR (https://no-color.org): present and not empty turns colour off. */
export function colourAllowed(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.NO_COLOR;
  return value === undefined || value === '';
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class Progress {
  readonly enabled: boolean;
  private readonly stream: MaybeTty;
  private readonly total: number | undefined;
  private readonly colour: boolean;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly few: number;
  private readonly noun: string;
  private readonly started: number;
  private count = 0;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(options: ProgressOptions) {
    this.stream = options.stream;
    this.total = options.total;
    this.few = options.few ?? DEFAULT_FEW;
    this.enabled = !options.quiet && options.stream.isTTY === true && !(this.total !== undefined && this.total <= this.few);
    this.colour = colourAllowed(options.env ?? process.env);
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.noun = options.noun ?? 'articles';
    this.started = this.now();
  }

  /** The line as it reads now, without control codes. */
  line(): string {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.count / seconds : 0;
    const done = this.total !== undefined ? `${this.count}/${this.total}` : `${this.count}`;
    let line = `extract: ${done} ${this.noun}, ${rate.toFixed(1)} ${this.noun}/s`;
    if (this.total !== undefined && rate > 0 && this.count < this.total) line += `, ETA ${formatDuration((this.total - this.count) / rate)}`;
    return line;
  }

  /** One more article done; redraws at most every intervalMs. */
  tick(n = 1): void {
    this.count += n;
    if (!this.enabled || this.count <= this.few) return;
    const t = this.now();
    if (t - this.lastDraw < this.intervalMs) return;
    this.lastDraw = t;
    this.draw();
  }

  private draw(): void {
    let line = this.line();
    const width = this.stream.columns;
    if (width !== undefined && width > 1 && line.length >= width) line = line.slice(0, width - 1);
    this.stream.write(this.colour ? `${ERASE_LINE}${DIM}${line}${RESET}` : `${ERASE_LINE}${line}`);
    this.drawn = true;
  }

  /** Before another message on the same stream: takes the line away (the next tick redraws it). */
  clear(): void {
    if (this.drawn) {
      this.stream.write(ERASE_LINE);
      this.drawn = false;
      this.lastDraw = -Infinity;
    }
  }

  /** End of the run: the line is erased, leaving the terminal as it was. */
  done(): void {
    this.clear();
  }
}

/**
 * The number of articles a run will give, when it is known from the file list alone: a JSONL
 * corpus or stdin holds an unknown number, and then the line shows no ETA.
 */
export async function countInputs(inputs: readonly string[], inputType?: InputFormat): Promise<number | undefined> {
  if (inputType === 'jsonl') return undefined;
  let n = 0;
  for await (const target of expandInputs(inputs)) {
    if (target.kind === 'stdin') return undefined;
    if (target.kind === 'file' && !inputType && formatFromPath(target.path) === 'jsonl') return undefined;
    n++;
  }
  return n;
}
