// Shared by the figures tests: every figure's span must slice the text it came from.
import { expect } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/types.js';

export type Want = Partial<Pick<Figure, 'text' | 'value' | 'unit' | 'kind' | 'qualifier' | 'min' | 'max'>>;

/** The figures of `text`, each checked to point into it. */
export function figures(text: string): Figure[] {
  const figs = extractFigures(text);
  for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.text);
  return figs;
}

/** The one figure of `text`; fails, showing them, when there are more or none. */
export function only(text: string): Figure {
  const figs = figures(text);
  expect(figs, JSON.stringify(figs)).toHaveLength(1);
  return figs[0] as Figure;
}
