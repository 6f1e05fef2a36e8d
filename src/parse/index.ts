// Decoded text to a Report: normalize, find the structure, read the metadata.
import { basename } from 'node:path';
import type { Decoded, Report } from '../model.js';
import type { Profile } from '../profiles/types.js';
import { PROFILES } from '../profiles/index.js';
import { detectKind } from './kind.js';
import { normalize } from '../normalize/index.js';
import { toLines, buildSections, ORDINAL_RANK, partOf } from './structure.js';
import { agenciesFromTitle, agenciesFromClosing, agencyFromBody, agencyFromFields, principal, reportYear, signedDate, publishedDate } from './meta.js';

export { parseDate, isDateLine } from '../grammar/dates.js';
export { markerAt, chineseNumber } from '../grammar/markers.js';

export interface ParseOptions {
  /** Read every report as this kind (`--kind`); otherwise the kind is detected per report. */
  profile?: Profile;
  /** The kinds detection chooses from (default: all). */
  profiles?: Profile[];
}

/** Parses a decoded report (see ingest) into metadata and canonical sections. */
export function parseDecoded(input: Decoded, opts: ParseOptions = {}): Report {
  return parseWithSource(input, opts).report;
}

/**
 * The report and the repaired text it was read from: every character of `source` that is not white space is in
 * `report.text` or in `report.removed` (the conservation rule, checked by the tests on every fixture and real report).
 */
export function parseWithSource(input: Decoded, opts: ParseOptions = {}): { report: Report; source: string } {
  // researchers name files by their titles: the name tells the kind, and serves as the title where the text has none
  const fileTitle = fileTitleOf(input.file);
  const decided = opts.profile
    ? { profile: opts.profile, rule: `--kind ${opts.profile.id}`, fits: true }
    : detectKind(input.text, opts.profiles ?? Object.values(PROFILES), `${input.fields?.['标题'] ?? ''} ${fileTitle}`);
  const profile = decided.profile;
  const norm = normalize(input.text, {
    titlePattern: profile.title,
    leadIns: sentenceLeadIns(profile),
    closingParagraph: profile.closingParagraph,
    namesPart: (words) => {
      const part = partOf(words, profile, null, false);
      return part !== null && part !== profile.defaultPart;
    },
  });
  // what the page prints wins over its <meta> tags
  if (input.fields) norm.fields = { ...input.fields, ...norm.fields };
  const { text, lines } = toLines(norm.lines);
  const warnings = [...input.warnings, ...norm.warnings];
  if (!decided.fits) warnings.push(`fits no kind of report govdiff knows (${decided.rule})`);
  // without a title in the text, a page's own <title> (or ArticleTitle) serves when it reads as one
  const pageTitle = norm.fields['标题'];
  const title =
    norm.title ?? (pageTitle && profile.title.test(pageTitle) ? pageTitle : profile.title.test(fileTitle) ? fileTitle : null);

  // a first reading of the year, from the title and opening, lets headings such as "2022年工作" mean plans
  const preambleGuess = lines.slice(0, 8).map((l) => l.text).join('\n');
  // reduce, not Math.min(...): a spread of more than ~125k ranks overflows the call stack
  const outer = lines.reduce((m, l) => (l.rank > 0 && l.rank < ORDINAL_RANK ? Math.min(m, l.rank) : m), Infinity);
  const headings = lines
    .filter((l) => l.rank === outer || (l.rank === 0 && l.text.length <= 40 && /(?:19|20)\d{2}\s*年/.test(l.text) && !/[。,，;；]/.test(l.text)))
    .map((l) => ({ words: l.words, part: partOf(l.words, profile, null, false) }));
  const year = reportYear(title, preambleGuess, headings, norm.fields, profile, basename(input.file));

  const { sections, warnings: structural } = buildSections(text, lines, norm.titleLines, profile, year);
  warnings.push(...structural);
  if (text.replace(/\s/g, '').length < 80) warnings.push('the text is very short for a report');

  const closing = sections.find((s) => s.canonical === 'closing');
  const preamble = sections.find((s) => s.canonical === 'preamble');
  // a kind whose reports are not signed (a work report) has no signature to read the agency from
  const signers = profile.signed === false ? [] : agenciesFromClosing(closing);
  const named = title ? agenciesFromTitle(title, profile.titleWords) : [];
  const bodyAgency = agencyFromBody(preamble?.text ?? text.slice(0, 600), profile.agencyCue);
  const agencies = signers.length ? signers : named;
  const agency = principal(agencies) ?? agencyFromFields(norm.fields) ?? bodyAgency;

  const report: Report = {
    file: input.file,
    kind: profile.id,
    kindRule: decided.rule,
    meta: {
      title,
      agency,
      agencies: agencies.length > 1 ? agencies : [],
      year,
      signedAt: signedDate(closing, norm.fields, preamble),
      publishedAt: publishedDate(norm.fields),
      script: norm.script,
      encoding: input.encoding,
      format: input.format,
      fields: norm.fields,
    },
    sections,
    text,
    removed: norm.removed,
    warnings,
  };
  return { report, source: norm.source };
}

const LEAD_INS = new WeakMap<Profile, RegExp[]>();

/** The lead-ins of a profile that may start inside a line, the same array each time (normalize caches by it). */
function sentenceLeadIns(profile: Profile): RegExp[] {
  let l = LEAD_INS.get(profile);
  if (!l) LEAD_INS.set(profile, (l = profile.embedded.filter((r) => r.sentence).map((r) => r.leadIn)));
  return l;
}

/** A file's name as a title: without its extension and a crawler's _2021 suffix. */
function fileTitleOf(file: string): string {
  return basename(file).replace(/\.[a-z]+$/i, '').replace(/_(?:19|20)\d{2}年?$/, '');
}

/** Parses report text that is already decoded (a string in memory). */
export function parseReport(text: string, file = '<text>', opts: ParseOptions = {}): Report {
  return parseDecoded({ file, text, encoding: 'utf-8', format: 'text', warnings: [] }, opts);
}
