import type { DateMention } from '../../types.js';

/** A finder outside chrono: expressions chrono's point-in-time model cannot hold. */
export type Finder = (text: string) => DateMention[];
