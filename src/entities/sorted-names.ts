// A long name list searched where it lies: the file's text, sorted (UTF-16 code-unit order, as
// scripts/build-gazetteers.mjs writes it) and one name per line, is bisected in place. Loading
// costs one scan for the line bounds instead of a string and a map entry per name: the two long
// lists (companies and clubs, French communes: ~57,000 names) took most of the entity stage's
// ~55 ms of start-up as a Map.

export class SortedNames {
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    const starts = new Uint32Array(lines + 1);
    const ends = new Uint32Array(lines + 1);
    let n = 0;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) {
        starts[n] = start;
        ends[n] = end;
        n++;
      }
      start = end + 1;
    }
    this.starts = starts.subarray(0, n);
    this.ends = ends.subarray(0, n);
  }

  get length(): number {
    return this.starts.length;
  }

  /** The name on line `i` (0-based, blank lines skipped). */
  at(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** `name` against line `i`, as `<` orders strings: negative when the name sorts first. */
  private compare(name: string, i: number): number {
    const start = this.starts[i] as number;
    const length = (this.ends[i] as number) - start;
    const common = Math.min(name.length, length);
    for (let k = 0; k < common; k++) {
      const d = name.charCodeAt(k) - this.text.charCodeAt(start + k);
      if (d !== 0) return d;
    }
    return name.length - length;
  }

  has(name: string): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(name, mid);
      if (c === 0) return true;
      if (c < 0) hi = mid;
      else lo = mid + 1;
    }
    return false;
  }

  /** The lines that hold a space, in order: the only names that can go on with a lower-case word. */
  *withSpace(): Generator<string> {
    for (let i = 0; i < this.starts.length; i++) {
      const space = this.text.indexOf(' ', this.starts[i]);
      if (space >= 0 && space < (this.ends[i] as number)) yield this.at(i);
    }
  }
}
