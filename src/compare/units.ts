// The comparable units of a report's section: the points (一)/1./一是 and paragraphs a reader lines up across reports.
import type { Item, Report, Section, TemplatePart } from '../model.js';

/** One point of one report's section, as compared, aligned and diffed. Offsets index Report.text. */
export interface Unit {
  file: string;
  section: TemplatePart;
  /** Position among this report's units of the section, in document order. */
  index: number;
  /** How many units this report has in the section (to place `index` relatively). */
  of: number;
  marker: string | null;
  title: string;
  /** The enclosing point's title (or the part's heading where a report splits one part in several), for context. */
  parent: string | null;
  text: string;
  start: number;
  end: number;
}

/** A parent's own words before its first sub-point count as a unit only when they say more than a lead-in. */
const LEAD_IN_MAX = 100;

/** Every section of the report with this canonical label, in document order (some reports split measures in eight). */
export function sectionsOf(report: Report, part: TemplatePart): Section[] {
  return report.sections.filter((s) => s.canonical === part);
}

/**
 * Units two levels deep: a top-level point without sub-points is one unit; one with sub-points gives one unit per
 * sub-point (which keeps its own sub-points inside), so 一是/二是 inside a paragraph line up one by one.
 */
export function unitsOf(report: Report, part: TemplatePart): Unit[] {
  const secs = sectionsOf(report, part);
  const raw: Omit<Unit, 'index' | 'of'>[] = [];
  const base = { file: report.file, section: part };
  for (const s of secs) {
    const sectionParent = secs.length > 1 && s.heading ? stripMarker(s.heading) : null;
    if (!s.items.length) {
      const body = bodyOf(s);
      if (body.text.trim()) raw.push({ ...base, marker: null, title: firstSentence(body.text), parent: sectionParent, ...body });
      continue;
    }
    for (const it of s.items) {
      if (!it.items.length) {
        raw.push(fromItem(base, it, sectionParent));
        continue;
      }
      const lead = report.text.slice(it.start, it.items[0].start).trim();
      if (lead.length - it.title.length > LEAD_IN_MAX) {
        raw.push({ ...base, marker: it.marker, title: it.title, parent: sectionParent, text: lead, start: it.start, end: it.items[0].start });
      }
      for (const sub of it.items) raw.push(fromItem(base, sub, it.title || sectionParent));
    }
  }
  return raw.map((u, index) => ({ ...u, index, of: raw.length }));
}

function fromItem(base: { file: string; section: TemplatePart }, it: Item, parent: string | null): Omit<Unit, 'index' | 'of'> {
  return { ...base, marker: it.marker, title: it.title, parent, text: it.text, start: it.start, end: it.end };
}

function bodyOf(s: Section): { text: string; start: number; end: number } {
  if (s.heading && !s.inferred && s.text.startsWith(s.heading)) {
    const cut = s.heading.length;
    const lead = s.text.slice(cut).match(/^\s*/)?.[0].length ?? 0;
    return { text: s.text.slice(cut + lead), start: s.start + cut + lead, end: s.end };
  }
  return { text: s.text, start: s.start, end: s.end };
}

const MARKER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*/;

export function stripMarker(heading: string): string {
  return heading.replace(MARKER, '');
}

/** Sentences with their offsets; clause-level punctuation stays inside. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。!?;!?;\n]+[。!?;!?;]?/g;
  for (let m; (m = re.exec(text)); ) {
    const t = m[0].trim();
    if (t) out.push({ text: t, start: m.index + m[0].indexOf(t) });
  }
  return out;
}

export function firstSentence(text: string, max = 60): string {
  const s = sentences(text)[0]?.text ?? text;
  const cut = s.replace(/[。;;]$/, '');
  return cut.length > max ? cut.slice(0, max) : cut;
}
