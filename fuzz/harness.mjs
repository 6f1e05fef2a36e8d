// Fuzzing every stage from bytes to render: the cases (fast-check arbitraries), one run of the pipeline, and the
// properties it must keep. Shared by test/fuzz.test.ts (a few hundred small cases per `npm test`, against src/) and
// fuzz/run.mjs (`npm run fuzz`: 10,000 cases, large ones too, against dist/).
import fc from 'fast-check';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

/**
 * The ceiling on the time of one parse (decode, parse and render), per 100 KB of input (an input under 100 KB counts
 * as 100 KB). The slowest shapes measured are linear ones of many short lines (120k lines "12.a": 360 ms per 100 KB
 * warm; up to ~1 s in a fuzz run on this 2-core machine shared with six others); 2 s leaves room for a loaded CI
 * machine and a cold start, while a super-linear rule (seconds to hours at these sizes) still fails it.
 */
export const MS_PER_100KB = 2000;
const KB100 = 100 * 1024;

/** samples/*.txt and, when present, ../shared/real/SET/reports/*.txt. */
export function loadSeeds(root) {
  const seeds = [];
  const add = (dir) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) seeds.push({ name: f, text: readFileSync(join(dir, f), 'utf8') });
  };
  add(join(root, 'samples'));
  const real = join(root, '..', 'shared', 'real');
  if (existsSync(real)) for (const set of readdirSync(real).sort()) add(join(real, set, 'reports'));
  return seeds;
}

const MARKERS = ['一、', '二、', '十一、', '(一)', '（二）', '1.', '2、', '12.', '(1)', '（3）', '①', '⑳', '一是', '二是', '第一,', '第二部分', '【主要举措和成效】', '存在的问题', '下一步工作打算'];
const RUN_CHARS = ['1', '?', '(', '（', '一', '.', '、', ' ', '【', '>', ';', '，', '-', '\u3000', '年', '\t'];
const DEEP = ['一、', '(一)', '1.', '(1)', '①'];
const CJK = '的一是在不了有和人中大上为国年会工作法政府建设行管理发展部门区市县局委单位我将进加强全面推进依法行政制度执法监督问题不足下步打算主要举措成效情况报告司法';
const PUNCT = '。，、；：？！“”《》（）()【】:;,.?!-—…';

/** Text from the alphabet of these reports: characters, punctuation, digits, markers, line breaks. */
const cjkText = (maxLength) =>
  fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...CJK) },
        { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
        { weight: 1, arbitrary: fc.constantFrom(...'0123456789 ') },
        { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n') },
        { weight: 1, arbitrary: fc.constantFrom(...MARKERS).map((m) => '\n' + m) },
        { weight: 1, arbitrary: fc.constantFrom('2021年', '2022年3月15日', '特此报告', '某某区司法局', '当前位置:首页', '发布日期:2022-03-15', '关于2021年度法治政府建设情况的报告') },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** The pathological shapes of issue 12, at a size k (k = 1 is small). */
const SHAPES = {
  years: (k) => Array.from({ length: 11 * k }, (_, i) => 2012 + i).join(' ') + ' 合计',
  bracket: (k) => '【ab:'.repeat(200 * k),
  pager: (k) => '1'.repeat(40 * k) + 'x',
  dateTrail: (k) => '某某市司法局\n2022年1月5日\n' + '联系人:张三\n'.repeat(100 * k),
  headings: (k) => Array.from({ length: 300 * k }, (_, i) => `${(i % 99) + 1}.a`).join('\n'),
  divs: (k) => '<div>'.repeat(500 * k),
  semicolons: (k) => '一是落实' + ';'.repeat(500 * k) + 'x二是落实。',
};

/** A size up to `small`; in the long run, one time in fifty up to `large`. */
const sized = (big, small, large) =>
  big ? fc.oneof({ weight: 49, arbitrary: fc.integer({ min: 1, max: small }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: large }) }) : fc.integer({ min: 1, max: small });

function mutation(big) {
  const at = fc.nat();
  const count = fc.integer({ min: 1, max: 30 });
  const k = sized(big, 8, 400);
  const arbs = [
    fc.record({ op: fc.constant('delete'), at, count }),
    fc.record({ op: fc.constant('duplicate'), at, count }),
    fc.record({ op: fc.constant('joinAll'), sep: fc.constantFrom('', ' ') }),
    fc.record({ op: fc.constant('joinSome'), at, count }),
    fc.record({ op: fc.constant('marker'), at, marker: fc.constantFrom(...MARKERS), own: fc.boolean() }),
    fc.record({ op: fc.constant('run'), at, ch: fc.constantFrom(...RUN_CHARS), length: sized(big, 3000, 300_000) }),
    fc.record({ op: fc.constant('nul'), at }),
    fc.record({ op: fc.constant('surrogate'), at, unit: fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff') }),
    fc.record({ op: fc.constant('deep'), at, depth: sized(big, 200, 5000) }),
    fc.record({ op: fc.constant('shape'), at, shape: fc.constantFrom(...Object.keys(SHAPES)), k }),
  ];
  // a 5 MB line: rare, and only in the long run
  if (big) return fc.oneof({ weight: 1000, arbitrary: fc.oneof(...arbs) }, { weight: 1, arbitrary: fc.record({ op: fc.constant('hugeLine'), at, ch: fc.constantFrom('一', '。', '1', '我局认真贯彻落实,') }) });
  return fc.oneof(...arbs);
}

function applyMutation(lines, m) {
  const i = lines.length ? m.at % (lines.length + 1) : 0;
  switch (m.op) {
    case 'delete':
      return [...lines.slice(0, i), ...lines.slice(i + m.count)];
    case 'duplicate':
      return [...lines.slice(0, i + m.count), ...lines.slice(i, i + m.count), ...lines.slice(i + m.count)];
    case 'joinAll':
      return [lines.join(m.sep)];
    case 'joinSome':
      return [...lines.slice(0, i), lines.slice(i, i + m.count).join(''), ...lines.slice(i + m.count)];
    case 'marker':
      if (m.own || i >= lines.length) return [...lines.slice(0, i), m.marker, ...lines.slice(i)];
      return [...lines.slice(0, i), m.marker + lines[i], ...lines.slice(i + 1)];
    case 'run':
      return [...lines.slice(0, i), m.ch.repeat(m.length), ...lines.slice(i)];
    case 'nul':
      return [...lines.slice(0, i), '\u0000' + (lines[i] ?? '') + '\u0000', ...lines.slice(i + 1)];
    case 'surrogate': {
      const l = lines[i] ?? '';
      const cut = l.length ? m.at % l.length : 0;
      return [...lines.slice(0, i), l.slice(0, cut) + m.unit + l.slice(cut), ...lines.slice(i + 1)];
    }
    case 'deep':
      return [...lines.slice(0, i), ...Array.from({ length: m.depth }, (_, d) => `${DEEP[d % DEEP.length]}加强法治建设第${d}项`), ...lines.slice(i)];
    case 'shape':
      return [...lines.slice(0, i), SHAPES[m.shape](m.k), ...lines.slice(i)];
    case 'hugeLine':
      return [...lines.slice(0, i), m.ch.repeat(Math.ceil((5 * 1024 * 1024) / 3 / m.ch.length)), ...lines.slice(i)];
    default:
      throw new Error(`unknown mutation ${m.op}`);
  }
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Text to the bytes of a file, in one of the containers reports come in. */
function contain(text, container, garbage) {
  switch (container) {
    case 'html':
      return { file: 'case.html', bytes: Buffer.from(`<html><head><title>${esc(text.slice(0, 60))}</title></head><body>${text.split('\n').map((l) => `<p>${esc(l)}</p>`).join('')}</body></html>`) };
    case 'rawHtml': // the lines as markup, so that shapes such as unclosed <div> reach the HTML parser
      return { file: 'case.html', bytes: Buffer.from(`<html><body>${text.split('\n').map((l) => (l.startsWith('<') ? l : `<p>${l}</p>`)).join('\n')}</body></html>`) };
    case 'bomGarbage':
      return { file: 'case.txt', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(garbage), Buffer.from(text)]) };
    case 'utf16':
      return { file: 'case.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) };
    case 'gb18030':
      return { file: 'case.txt', bytes: iconv.encode(text, 'gb18030') };
    default:
      return { file: 'case.txt', bytes: Buffer.from(text) };
  }
}

const CONTAINERS = ['text', 'text', 'text', 'html', 'rawHtml', 'bomGarbage', 'utf16', 'gb18030'];

/**
 * A case: random bytes, random CJK text, or a real report mutated (lines deleted, duplicated, joined, markers and
 * long runs inserted, NUL, lone surrogates, deep numbering, the shapes of issue 12; 5 MB lines when `big`), in a
 * container (plain, HTML, BOM + garbage, UTF-16, GB18030). `text`, when set, is also parsed as a string, which keeps
 * what UTF-8 cannot carry (lone surrogates).
 */
export function caseArbitrary(seeds, { big = false } = {}) {
  const randomBytes = fc.record({ bytes: fc.uint8Array({ maxLength: big ? 64 * 1024 : 2048 }), html: fc.boolean() }).map(({ bytes, html }) => ({
    note: `random bytes (${bytes.length})${html ? ' as .html' : ''}`,
    file: html ? 'case.html' : 'case.txt',
    bytes,
  }));
  const randomCjk = fc.record({ text: cjkText(big ? 20_000 : 2_000), container: fc.constantFrom(...CONTAINERS), garbage: fc.uint8Array({ maxLength: 64 }) }).map(({ text, container, garbage }) => ({
    note: `random CJK (${text.length} chars) in ${container}`,
    ...contain(text, container, garbage),
    text,
  }));
  const arbs = [
    { weight: 1, arbitrary: randomBytes },
    { weight: 2, arbitrary: randomCjk },
  ];
  if (seeds.length) {
    const mutated = fc
      .record({
        seed: fc.nat(seeds.length - 1),
        mutations: fc.array(mutation(big), { minLength: 1, maxLength: 4 }),
        container: fc.constantFrom(...CONTAINERS),
        garbage: fc.uint8Array({ maxLength: 64 }),
      })
      .map(({ seed, mutations, container, garbage }) => {
        const text = mutations.reduce(applyMutation, seeds[seed].text.split('\n')).join('\n');
        const ops = mutations.map((m) => m.op + (m.shape ? `:${m.shape}×${m.k}` : m.length ? `×${m.length}` : m.depth ? `×${m.depth}` : '')).join(', ');
        return { note: `${seeds[seed].name} after ${ops}, in ${container}`, ...contain(text, container, garbage), text };
      });
    arbs.push({ weight: 6, arbitrary: mutated });
  }
  return fc.oneof(...arbs);
}

/** Worst figures seen: the summary `npm run fuzz` prints. */
export class Stats {
  cases = 0;
  rejected = 0;
  bytes = 0;
  largest = 0;
  worstPer100KB = 0;
  worstNote = '';
  peakRss = 0;
  peakHeap = 0;
}

const CJK_RE = /[\u4e00-\u9fff]/g;

/** A line of prose: a sentence of twenty or more Chinese characters, not a key: value line. */
const hasProse = (text) => text.split('\n').some((l) => l.includes('。') && !/[:：]/.test(l) && (l.match(CJK_RE)?.length ?? 0) >= 20);

/** The input after the character-level repairs of normalize (what it changes is not lost), when they are given. */
function normalizedChars(api, text, traditional) {
  const n = api.repairs;
  if (!n) return text;
  const t = n.foldWidth(n.stripPinyin(n.repairLostSpaces(n.basicCleanup(text)).text).text);
  return traditional ? n.convertToSimplified(t) : t;
}

function fail(stage, c, e) {
  const err = new Error(`${stage} failed on ${c.note}: ${e?.stack ?? e}`);
  err.stage = stage;
  throw err;
}

/**
 * Runs one case through every stage and checks the properties: no exception escapes (an unreadable input is
 * reported as an InputError, which is no failure); sections are the slices of the text they claim, in order; what
 * is prose in the input survives (all of it, once the report lists what it removed); the time stays under the bound.
 */
export function runCase(api, c, stats) {
  const t0 = performance.now();
  let decoded;
  try {
    decoded = api.decodeReport(c.file, c.bytes);
  } catch (e) {
    if (!(e instanceof api.InputError)) fail('ingest', c, e);
    stats.rejected++;
  }
  const reports = [];
  const parse = (stage, f) => {
    let r;
    try {
      r = f();
    } catch (e) {
      fail(stage, c, e);
    }
    try {
      api.renderOutline(r, api.makeContext({ color: false, width: 80 }), { depth: 3 });
      JSON.stringify(api.reportToJson(r), null, 2);
    } catch (e) {
      fail(`${stage} → render`, c, e);
    }
    reports.push([stage, r]);
  };
  if (decoded) parse('parse', () => api.parseDecoded(decoded));
  if (c.text !== undefined && c.text.trim()) parse('parse text', () => api.parseReport(c.text, 'case.txt'));
  const ms = performance.now() - t0;

  for (const [stage, r] of reports) {
    let end = 0;
    for (const s of r.sections) {
      if (s.text !== r.text.slice(s.start, s.end)) fail(stage, c, `section ${s.canonical} at ${s.start}–${s.end} is not the slice of the text it claims`);
      if (s.start < end) fail(stage, c, `section ${s.canonical} at ${s.start} overlaps the one before (ends ${end})`);
      end = s.end;
    }
    const input = stage === 'parse' ? decoded.text : c.text;
    if (Array.isArray(r.removed)) {
      // conservation: every character of the input is in the text, a warning or the removed list
      const kept = new Set([...r.text, ...r.warnings.join(''), ...r.removed.map((x) => x.text).join('')]);
      const normalized = normalizedChars(api, input, r.meta.script === 'traditional');
      for (const ch of normalized) if (!/\s/.test(ch) && !kept.has(ch)) fail(stage, c, `"${ch}" of the input is neither in the text nor in what was removed`);
    } else if (hasProse(input) && !r.text.trim()) fail(stage, c, 'the input holds prose but the report text is empty');
  }

  const size = c.bytes.length;
  // a case parses its bytes and, when it has one, its text: the bound is per parse
  const per100KB = ms / Math.max(1, reports.length) / Math.max(1, size / KB100);
  stats.cases++;
  stats.bytes += size;
  stats.largest = Math.max(stats.largest, size);
  if (per100KB > stats.worstPer100KB) [stats.worstPer100KB, stats.worstNote] = [per100KB, `${c.note} (${(size / 1024).toFixed(0)} KB, ${ms.toFixed(0)} ms)`];
  const mem = process.memoryUsage();
  stats.peakRss = Math.max(stats.peakRss, mem.rss);
  stats.peakHeap = Math.max(stats.peakHeap, mem.heapUsed);
  if (per100KB > MS_PER_100KB) fail('time', c, `${ms.toFixed(0)} ms for ${reports.length} parses of ${(size / 1024).toFixed(0)} KB: over ${MS_PER_100KB} ms per 100 KB`);
}
