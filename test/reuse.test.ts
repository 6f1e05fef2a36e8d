import { describe, it, expect, beforeAll } from 'vitest';
import { readReport, expandInputs, type Report } from '../src/index.js';
import { findReuse, type ReuseResult, type ReusePassage } from '../src/reuse/index.js';
import { renderReuseTable, renderReuseCsv, renderReuseHtml, renderReuseMarkdown } from '../src/render/reuse.js';
import { makeContext } from '../src/render/context.js';

let reports: Report[];
let result: ReuseResult;
const byName = (name: string) => reports.find((r) => r.file.includes(name))!;

beforeAll(() => {
  reports = expandInputs(['samples']).files.map((f) => readReport(f));
  result = findReuse(reports, { minChars: 8 });
});

/** The passage whose text, punctuation aside, contains `phrase`, with the reports it occurs in. */
function passageWith(phrase: string): { passage: ReusePassage; files: string[] } | undefined {
  const bare = (s: string) => s.replace(/[\p{P}\s]/gu, '');
  const passage = result.passages.find((p) => bare(p.text).includes(bare(phrase)));
  return passage && { passage, files: [...new Set(passage.occurrences.map((o) => o.file.replace(/^.*\//, '').slice(0, 3)))] };
}

describe('reuse on the samples (--min-chars 8)', () => {
  it('finds 坚持以公开为常态、不公开为例外 in 001 and 003', () => {
    const found = passageWith('坚持以公开为常态、不公开为例外');
    expect(found?.files).toEqual(['001', '003']);
    expect(found?.passage.kind).toBe('formula');
  });

  it('finds 一级抓一级、层层抓落实 in 000 and 002 although 002 writes it with a comma', () => {
    const found = passageWith('一级抓一级、层层抓落实');
    expect(found?.files).toEqual(['000', '002']);
    const texts = found!.passage.occurrences.map((o) => reports.find((r) => r.file === o.file)!.text.slice(o.start, o.end));
    expect(texts.some((t) => t.includes('一级抓一级、层层抓落实'))).toBe(true);
    expect(texts.some((t) => t.includes('一级抓一级,层层抓落实'))).toBe(true);
  });

  it('finds 《党政主要负责人履行推进法治建设第一责任人职责规定》 in 000 and 001, brackets and all', () => {
    const p = result.passages.find((x) => x.text === '《党政主要负责人履行推进法治建设第一责任人职责规定》');
    expect(p).toBeDefined();
    const files = p!.occurrences.map((o) => o.file.replace(/^.*\//, '').slice(0, 3));
    expect(files).toContain('000');
    expect(files).toContain('001');
  });

  it('gives offsets into the whole cleaned report text, with the section they fall in', () => {
    for (const p of result.passages) {
      for (const o of p.occurrences) {
        const r = reports.find((x) => x.file === o.file)!;
        const here = r.text.slice(o.start, o.end);
        expect(here.length).toBeGreaterThanOrEqual(8);
        const s = r.sections.find((x) => o.start >= x.start && o.start < x.end);
        expect(o.section).toBe(s?.canonical ?? null);
      }
    }
    const p = passageWith('坚持以公开为常态、不公开为例外')!.passage;
    const o = p.occurrences.find((x) => x.file.includes('001'))!;
    expect(byName('001').text.slice(o.start, o.end)).toBe('坚持以公开为常态、不公开为例外');
    expect(o.section).toBe('measures');
  });

  it('keeps to the JSON contract', () => {
    const json = JSON.parse(JSON.stringify(result));
    expect(Object.keys(json.reports[0]).sort()).toEqual(['agency', 'chars', 'file', 'reuseRatio', 'reusedChars']);
    expect(Object.keys(json.passages[0]).sort()).toEqual(['chars', 'kind', 'occurrences', 'text']);
    expect(Object.keys(json.passages[0].occurrences[0]).sort()).toEqual(['end', 'file', 'section', 'start']);
    expect(Object.keys(json.pairs[0]).sort()).toEqual(['a', 'b', 'containmentA', 'containmentB', 'sharedChars']);
  });

  it('counts reused characters per report and per section within the text', () => {
    for (const r of result.reports) {
      expect(r.chars).toBe(byName(r.file).text.length);
      expect(r.reusedChars).toBeGreaterThan(0);
      expect(r.reusedChars).toBeLessThan(r.chars);
      expect(r.reuseRatio).toBeCloseTo(r.reusedChars / r.chars, 3);
      const sections = result.sections.filter((s) => s.file === r.file);
      // sections cover the text but for the line breaks between them
      const inSections = sections.reduce((n, s) => n + s.reusedChars, 0);
      expect(inSections).toBeLessThanOrEqual(r.reusedChars);
      expect(inSections).toBeGreaterThan(r.reusedChars * 0.95);
    }
  });

  it('measures pairs both ways and lists each pair once, most shared first', () => {
    const keys = result.pairs.map((p) => `${p.a}|${p.b}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < result.pairs.length; i++) expect(result.pairs[i - 1].sharedChars).toBeGreaterThanOrEqual(result.pairs[i].sharedChars);
    const p = result.pairs.find((x) => x.a.includes('001') && x.b.includes('003'))!;
    expect(p.containmentA).toBeCloseTo(p.sharedChars / byName('001').text.length, 3);
    expect(p.containmentB).toBeGreaterThan(0);
  });

  it('at the default settings keeps the long copies and drops two-report formulae', () => {
    const r = findReuse(reports);
    expect(r.settings.minChars).toBe(20);
    for (const p of r.passages) {
      const spread = new Set(p.occurrences.map((o) => o.file)).size;
      expect(p.chars >= 20 || spread >= r.settings.formulaReports).toBe(true);
    }
    expect(r.passages.some((p) => p.text.includes('坚持以公开为常态'))).toBe(false);
  });

  it('finds a report’s copy of last year’s text with --baseline, pairs against the baseline only', () => {
    // last year's report: 003 with its agency renamed and a number changed, as a copy from year to year would be
    const base = byName('003');
    const lastYear = { ...base, file: 'last-year.txt', text: base.text.replace(/科学技术局/g, '科技局').replace(/2021/g, '2020') };
    const r = findReuse(reports, { baseline: lastYear });
    expect(r.reports.map((x) => x.file)).toEqual(reports.map((x) => x.file));
    expect(r.pairs.every((p) => p.a === 'last-year.txt')).toBe(true);
    const self = r.reports.find((x) => x.file === base.file)!;
    expect(self.reuseRatio).toBeGreaterThan(0.9);
    const others = r.reports.filter((x) => x.file !== base.file);
    expect(Math.max(...others.map((x) => x.reuseRatio))).toBeLessThan(0.3);
    expect(r.passages.every((p) => p.occurrences.some((o) => o.file === 'last-year.txt'))).toBe(true);
  });

  it('works on a report without sections', () => {
    const bare = reports.map((x) => ({ ...x, sections: [] }));
    const r = findReuse(bare, { minChars: 8 });
    expect(r.passages.length).toBe(result.passages.length);
    expect(r.passages[0].occurrences[0].section).toBeNull();
  });
});

describe('reuse renderings', () => {
  it('shows ratios, passages and pairs in the terminal', () => {
    const out = renderReuseTable(result, makeContext({ color: false, width: 100 }), { top: 5 });
    expect(out).toContain('001_78ed85b0c485cc82.txt');
    expect(out).toMatch(/Shared passages \(5 of \d+/);
    expect(out).toContain('Reports that share most');
  });

  it('writes CSV with quoted text and an HTML page with escaped text', () => {
    const csv = renderReuseCsv(result, 'passages');
    expect(csv.split('\n')[0]).toBe('passage,kind,chars,reports,file,section,start,end,text');
    // 001 and 003 share this sentence: it is a passage, its text the last field of its rows
    expect(csv.split('\n').some((l) => /,坚持以公开为常态、不公开为例外[^,]*$/.test(l))).toBe(true);
    // a text with a comma or a quote is one field, quoted, its quotes doubled (RFC 4180)
    const quoted = renderReuseCsv({ ...result, passages: [{ ...result.passages[0], text: '一级抓一级,层层抓落实 "责任"' }] }, 'passages');
    expect(quoted.split('\n')[1].endsWith(',"一级抓一级,层层抓落实 ""责任"""')).toBe(true);
    const evil = { ...result, passages: [{ ...result.passages[0], text: '<script>x</script>' }] };
    const html = renderReuseHtml(evil);
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;');
    expect(renderReuseMarkdown(result)).toContain('| report | agency | chars | reused | ratio |');
  });
});
