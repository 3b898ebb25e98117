// The library: `extract()` for one article in memory, `extractFiles()` for paths as the CLI takes them.
import { createHash } from 'node:crypto';
import { prepareHtml, prepareText, isoDatePart } from './input/prepare.js';
import { looksLikeHtml, siteFromUrl } from './input/sniff.js';
import { runPipeline, type PipelineOptions } from './pipeline.js';
import type { ArticleRecord, InputFormat, SourceInfo } from './types.js';

export type * from './types.js';
export { extractFiles, type FileOptions } from './files.js';
export { runPipeline, DEFAULT_STAGES, type Stage, type WorkingDocument, type PipelineOptions } from './pipeline.js';
export { renderReport, type ReportOptions } from './report/index.js';
export { computeStats, StatsAccumulator, type CorpusStats } from './stats/index.js';

export interface ExtractInput {
  /** The article as plain text (one block per line). */
  text?: string;
  /** The article as an HTML page. */
  html?: string;
  id?: string;
  title?: string;
  /** Publication date (ISO 8601), the reference for relative dates. */
  date?: string;
  url?: string;
  author?: string;
  /** The publication's name ("Le Monde"); without it, the URL's host. */
  site?: string;
}

export type ExtractOptions = PipelineOptions;

/**
 * Extracts one article held in memory: a string of plain text (HTML is sniffed), or an
 * {text | html, id?, title?, date?, url?, author?, site?} object. Returns its record.
 */
export function extract(input: string | ExtractInput, options: ExtractOptions = {}): ArticleRecord {
  const given: ExtractInput = typeof input === 'string' ? { text: input } : input;
  const content = given.html ?? given.text ?? '';
  const format: InputFormat = given.html !== undefined || looksLikeHtml(content) ? 'html' : 'text';
  let prepared = format === 'html' ? prepareHtml(content) : prepareText(content);
  const date = given.date ? isoDatePart(given.date) : null;
  if (date) prepared = { ...prepared, published: { value: date, from: 'input' } };
  if (given.title) prepared = { ...prepared, title: given.title };
  if (given.author) prepared = { ...prepared, author: given.author };
  const site = given.site ?? prepared.site ?? siteFromUrl(given.url);
  if (site) prepared = { ...prepared, site };
  const source: SourceInfo = {
    path: given.id ?? '-',
    format,
    encoding: 'utf-8',
    bytes: Buffer.byteLength(content, 'utf8'),
    sha256: createHash('sha256').update(content).digest('hex'),
    ...(given.url ? { url: given.url } : {}),
  };
  return runPipeline(given.id ?? '-', source, prepared, options);
}
