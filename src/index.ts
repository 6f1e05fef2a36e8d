// The library API: read and parse reports; the analyses build on these.
import type { Report } from './model.js';
import { readInput, decodeReport, type ReadOptions } from './ingest/index.js';
import { parseDecoded, type ParseOptions } from './parse/index.js';

export * from './model.js';
export { parseReport, parseDecoded, parseDate } from './parse/index.js';
export { decodeReport, readInput, expandInputs } from './ingest/index.js';
export type { ReadOptions } from './ingest/index.js';
export type { ParseOptions } from './parse/index.js';
export { PROFILES, DEFAULT_PROFILE, fazhi } from './profiles/index.js';
export type { Profile, Topic } from './profiles/index.js';
export * from './reuse/index.js';
export * from './check/index.js';
export * from './compare/index.js';
export { buildReportDocument } from './report/index.js';
export type { ReportDocument, ReportDocumentOptions, PartView, RowView, ReportSummary, ReuseView } from './report/index.js';
export { renderHtml } from './render/html.js';

export type ReportOptions = ReadOptions & ParseOptions;

/** Reads a report file (or "-" for stdin): any encoding, text or HTML. Throws InputError when it cannot. */
export function readReport(path: string, opts: ReportOptions = {}): Report {
  return parseDecoded(readInput(path, opts), opts);
}

/** Parses a report held as bytes (a file's contents). */
export function parseBytes(file: string, bytes: Uint8Array, opts: ReportOptions = {}): Report {
  return parseDecoded(decodeReport(file, bytes, opts), opts);
}
