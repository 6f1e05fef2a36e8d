// Decoded text to a Report: normalize, find the structure, read the metadata.
import type { Decoded, Report } from '../model.js';
import type { Profile } from '../profiles/types.js';
import { DEFAULT_PROFILE } from '../profiles/index.js';
import { normalize } from '../normalize/index.js';
import { toLines, buildSections, ORDINAL_RANK } from './structure.js';
import { agenciesFromTitle, agenciesFromClosing, agencyFromBody, agencyFromFields, principal, reportYear, signedDate, publishedDate } from './meta.js';

export { parseDate, isDateLine } from './dates.js';
export { markerAt, chineseNumber } from './markers.js';

export interface ParseOptions {
  profile?: Profile;
}

/** Parses a decoded report (see ingest) into metadata and canonical sections. */
export function parseDecoded(input: Decoded, opts: ParseOptions = {}): Report {
  const profile = opts.profile ?? DEFAULT_PROFILE;
  const norm = normalize(input.text, { titlePattern: profile.title });
  // what the page prints wins over its <meta> tags
  if (input.fields) norm.fields = { ...input.fields, ...norm.fields };
  const { text, lines } = toLines(norm.lines);
  const warnings = [...input.warnings];
  // without a title in the text, a page's own <title> (or ArticleTitle) serves when it reads as one
  const pageTitle = norm.fields['标题'];
  const title = norm.title ?? (pageTitle && profile.title.test(pageTitle) ? pageTitle : null);

  // a first reading of the year, from the title and opening, lets headings such as "2022年工作" mean plans
  const preambleGuess = lines.slice(0, 8).map((l) => l.text).join('\n');
  // reduce, not Math.min(...): a spread of more than ~125k ranks overflows the call stack
  const outer = lines.reduce((m, l) => (l.rank > 0 && l.rank < ORDINAL_RANK ? Math.min(m, l.rank) : m), Infinity);
  const headingWords = lines.filter((l) => l.rank === outer).map((l) => l.words);
  const year = reportYear(title, preambleGuess, headingWords, norm.fields);

  const { sections, warnings: structural } = buildSections(text, lines, norm.titleLines, profile, year);
  warnings.push(...structural);
  if (text.replace(/\s/g, '').length < 80) warnings.push('the text is very short for a report');

  const closing = sections.find((s) => s.canonical === 'closing');
  const preamble = sections.find((s) => s.canonical === 'preamble');
  const signers = agenciesFromClosing(closing);
  const named = title ? agenciesFromTitle(title) : [];
  const bodyAgency = agencyFromBody(preamble?.text ?? text.slice(0, 600));
  const agencies = signers.length ? signers : named;
  const agency = principal(agencies) ?? agencyFromFields(norm.fields) ?? bodyAgency;

  return {
    file: input.file,
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
    warnings,
  };
}

/** Parses report text that is already decoded (a string in memory). */
export function parseReport(text: string, file = '<text>', opts: ParseOptions = {}): Report {
  return parseDecoded({ file, text, encoding: 'utf-8', format: 'text', warnings: [] }, opts);
}
