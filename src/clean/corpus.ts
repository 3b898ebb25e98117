// Corpus mode: lines that recur across many documents of one site are the site's template
// (menus, newsletter boxes, legal lines, "Lire aussi" headers), whatever their wording. A first
// pass counts, for each site, in how many documents each normalised block occurs; the cleaning
// pass then gets the site's repeated keys (CleanInput.repeated) and removes those blocks with the
// reason "corpus-repeated". Pure: no I/O, deterministic, memory bounded by the distinct blocks.
import { fold } from './normalize.js';
import * as S from './settings.js';

/** The key under which a block is counted and looked up: its folded form (case, accents, spaces). */
export function repeatKey(block: string): string {
  return fold(block);
}

const SENTENCE_END = /[.!?…][\s"'’”»)\]]*$/u;

/** A key that reads like a sentence of prose (see CORPUS_PROSE_MIN_CHARS). */
function proseLike(key: string): boolean {
  return key.length >= S.CORPUS_PROSE_MIN_CHARS && SENTENCE_END.test(key);
}

export interface RepeatedLinesOptions {
  minDocuments?: number;
  minShare?: number;
  proseMinDocuments?: number;
  proseMinShare?: number;
}

interface Site {
  documents: number;
  /** key -> number of documents holding it */
  counts: Map<string, number>;
  /** cached answer, dropped by add() */
  repeated: ReadonlySet<string> | null;
}

const EMPTY: ReadonlySet<string> = new Set();

export class RepeatedLines {
  private readonly sites = new Map<string, Site>();
  private readonly minDocuments: number;
  private readonly minShare: number;
  private readonly proseMinDocuments: number;
  private readonly proseMinShare: number;

  constructor(options: RepeatedLinesOptions = {}) {
    this.minDocuments = options.minDocuments ?? S.CORPUS_MIN_DOCUMENTS;
    this.minShare = options.minShare ?? S.CORPUS_MIN_SHARE;
    this.proseMinDocuments = options.proseMinDocuments ?? S.CORPUS_PROSE_MIN_DOCUMENTS;
    this.proseMinShare = options.proseMinShare ?? S.CORPUS_PROSE_MIN_SHARE;
  }

  /** Counts one document of `site` (a host name or a folder): each distinct block once. */
  add(site: string, blocks: readonly string[]): void {
    let entry = this.sites.get(site);
    if (!entry) {
      entry = { documents: 0, counts: new Map(), repeated: null };
      this.sites.set(site, entry);
    }
    entry.documents++;
    entry.repeated = null;
    const seen = new Set<string>();
    for (const block of blocks) {
      const key = repeatKey(block);
      if (key.length === 0 || seen.has(key)) continue;
      seen.add(key);
      entry.counts.set(key, (entry.counts.get(key) ?? 0) + 1);
    }
  }

  /** How many documents of `site` were added. */
  documents(site: string): number {
    return this.sites.get(site)?.documents ?? 0;
  }

  /** The keys (see repeatKey) of `site`'s boilerplate blocks: empty until the site has enough documents. */
  repeated(site: string): ReadonlySet<string> {
    const entry = this.sites.get(site);
    if (!entry || entry.documents < this.minDocuments) return EMPTY;
    if (entry.repeated) return entry.repeated;
    const out = new Set<string>();
    const n = entry.documents;
    for (const [key, count] of entry.counts) {
      const prose = proseLike(key);
      const minDocs = prose ? Math.max(this.minDocuments, this.proseMinDocuments) : this.minDocuments;
      const minShare = prose ? this.proseMinShare : this.minShare;
      if (count >= minDocs && count >= n * minShare) out.add(key);
    }
    entry.repeated = out;
    return out;
  }
}
