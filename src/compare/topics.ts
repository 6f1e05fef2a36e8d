// Topics: which units speak of which topic, and whether they say it happened. "未制定规范性文件" and
// "没有发生行政复议案件" mention a topic only to say there was none: that is not a measure.
import { readFileSync } from 'node:fs';
import type { TemplatePart } from '../model.js';
import type { Topic } from '../profiles/types.js';
import { InputError } from '../model.js';
import { sentences, type Unit } from './units.js';
import { ALL_PARTS, PROFILES } from '../profiles/index.js';

/** One keyword: every term must occur in one sentence, each term one of its alternatives. */
type Pattern = string[][];

export interface CompiledTopic {
  topic: Topic;
  patterns: Pattern[];
}

/** Terms of one keyword may lie at most this many characters apart ("普法宣传的创新招法不多"). */
const MAX_GAP = 16;

/** "A|B&C|D" → [[A,B],[C,D]]: one of A/B and one of C/D in the same sentence, close together. */
export function compileTopics(topics: Topic[]): CompiledTopic[] {
  return topics.map((topic) => ({
    topic,
    patterns: topic.keywords.map((k) =>
      k.split('&').map((term) => term.split('|').map((a) => a.trim()).filter(Boolean)).filter((t) => t.length),
    ),
  }));
}

export function topicApplies(t: Topic, section: TemplatePart): boolean {
  return !t.sections || t.sections.includes(section);
}

/** One sentence of a unit that speaks of a topic. */
export interface Mention {
  topic: string;
  /** The sentence, as written. */
  quote: string;
  /** Offset of the sentence in Report.text. */
  start: number;
  /** The sentence says the thing did not happen (未制定…, 没有发生…, …为零). */
  negated: boolean;
}

// A negation just before the keyword, inside its clause: 未制定规范性文件, 没有发生过行政诉讼、行政复议, 无行政执法权.
const NEG_BEFORE = /(?:未|没有|尚未|并未|从未|暂无|尚无|无|不涉及|未涉及)[^未没无]{0,10}$/;
// Words that begin with a negation character but do not negate: 未来, 无论, 无缝衔接, 未能 (a shortcoming, not an absence).
const NOT_NEGATION = /(?:未来|未能|无论|无缝|有无|无纸|毫无|无不|无人|无证|无差别|无死角|无偿|无障碍|无需|无私|无违法)/;
const NEG_AFTER = /^[^,,;;:]{0,8}?(?:为零|为0|未发生|没有发生|零发生|均无|暂无)/;
const CLAUSE_BREAK = /[,,;;::]/;

function negatedAt(sentence: string, at: number, end: number): boolean {
  let c = at;
  while (c > 0 && !CLAUSE_BREAK.test(sentence[c - 1])) c--;
  const before = sentence.slice(c, at);
  const m = NEG_BEFORE.exec(before);
  if (m && !NOT_NEGATION.test(before.slice(Math.max(0, m.index - 1), m.index + 3))) return true;
  return NEG_AFTER.test(sentence.slice(end));
}

function occurrences(s: string, alts: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const a of alts) for (let i = s.indexOf(a); i >= 0; i = s.indexOf(a, i + 1)) out.push([i, i + a.length]);
  return out;
}

/** Where a pattern matches in a sentence: the first term's occurrence (for the negation test), or null. */
function matchPattern(s: string, p: Pattern): [number, number] | null {
  const occ = p.map((alts) => occurrences(s, alts));
  if (occ.some((o) => !o.length)) return null;
  if (p.length === 1) return occ[0][0];
  // every further term within MAX_GAP of some occurrence of the first
  for (const first of occ[0]) {
    const ok = occ.slice(1).every((o) => o.some(([a, b]) => (a >= first[1] ? a - first[1] : first[0] - b) <= MAX_GAP));
    if (ok) return first;
  }
  return null;
}

/**
 * The sentences of a unit that speak of each topic. Negation is judged only outside `problems`: there "未" is the
 * substance (the shortcoming), not an absence.
 */
/** The parts where kinds admit problems (their profiles' problemsPart). */
const PROBLEM_PARTS = new Set(Object.values(PROFILES).flatMap((p) => (p.problemsPart ? [p.problemsPart] : [])));

export function mentionsIn(unit: Unit, topics: CompiledTopic[]): Mention[] {
  const out: Mention[] = [];
  const sents = sentences(unit.text);
  const judgeNegation = !PROBLEM_PARTS.has(unit.section);
  for (const ct of topics) {
    if (!topicApplies(ct.topic, unit.section)) continue;
    for (const s of sents) {
      let hit: [number, number] | null = null;
      let affirmed = false;
      let negatedHit = false;
      for (const p of ct.patterns) {
        // every match of a one-term keyword counts: one sentence may negate one occurrence and affirm another
        const spans = p.length === 1 ? occurrences(s.text, p[0]) : [matchPattern(s.text, p)].filter((x): x is [number, number] => !!x);
        for (const sp of spans) {
          hit ??= sp;
          if (judgeNegation && negatedAt(s.text, sp[0], sp[1])) negatedHit = true;
          else affirmed = true;
        }
      }
      if (hit) out.push({ topic: ct.topic.id, quote: s.text, start: unit.start + s.start, negated: negatedHit && !affirmed });
    }
  }
  return out;
}

/**
 * Reads a user's topic list: a JSON array of { id, label, keywords: string[], sections?: string[] }
 * (or { topics: [...] }). Throws InputError naming the file when it is not one.
 */
export function loadTopics(path: string): Topic[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(path, `cannot read topic list: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseTopics(text, path);
}

const PARTS = ALL_PARTS;

export function parseTopics(text: string, file = '<topics>'): Topic[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(file, `topic list is not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { topics?: unknown })?.topics;
  if (!Array.isArray(list)) throw new InputError(file, 'topic list must be a JSON array of { id, label, keywords }');
  const seen = new Set<string>();
  return list.map((t, i) => {
    const where = `topic ${i + 1}`;
    if (!t || typeof t !== 'object') throw new InputError(file, `${where} is not an object`);
    const { id, label, keywords, sections } = t as Record<string, unknown>;
    if (typeof id !== 'string' || !id) throw new InputError(file, `${where} has no "id"`);
    if (seen.has(id)) throw new InputError(file, `${where}: id "${id}" used twice`);
    seen.add(id);
    if (!Array.isArray(keywords) || !keywords.length || keywords.some((k) => typeof k !== 'string' || !k.trim()))
      throw new InputError(file, `${where} ("${id}"): "keywords" must be a non-empty array of strings`);
    if (sections !== undefined && (!Array.isArray(sections) || sections.some((s) => !PARTS.includes(s as string))))
      throw new InputError(file, `${where} ("${id}"): "sections" must list some of ${PARTS.join(', ')}`);
    return {
      id,
      label: typeof label === 'string' && label ? label : id,
      keywords: keywords as string[],
      ...(sections ? { sections: sections as TemplatePart[] } : {}),
    };
  });
}
