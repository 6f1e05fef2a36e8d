// Inputs that hung or crashed the parser (issue 12). Each ran for seconds to minutes, or threw, before its fix.
// A hang is parsed in a worker with a generous deadline (10 s; these shapes now take well under 2 s on a loaded
// machine, and took 14 s to hours before), so that it fails its test instead of blocking the run.
import { describe, it, expect, beforeAll } from 'vitest';
import { parseReport } from '../src/parse/index.js';
import { sampleText, S } from './helpers/samples.js';
import { parseWithin, transpiledSrc } from './helpers/deadline.js';

const DEADLINE = 10_000;
const TITLE = '关于2021年度法治政府建设情况的报告';
const wrap = (middle: string) => `${TITLE}\n一、主要举措和成效\n我局认真贯彻落实。\n${middle}\n二、存在的问题\n问题很多。\n`;
const page = (body: string, head = '') => `<html><head>${head}</head><body><p>${TITLE}</p>${body}</body></html>`;
const years = (n: number) => Array.from({ length: n }, (_, i) => 2012 + i);

describe('no hang', { timeout: 2 * DEADLINE + 5_000 }, () => {
  // the workers load src/ as plain JS, made once here (seconds: not part of any deadline)
  beforeAll(() => void transpiledSrc(), 120_000);

  it('a run of forty 1s before an x (exponential backtracking in the pager rule)', async () => {
    const r = await parseWithin(DEADLINE, 'h.txt', wrap('1'.repeat(40) + 'x'));
    expect(r.text).toContain('1'.repeat(40) + 'x');
    expect(r.sections.map((s) => s.canonical)).toContain('problems');
  });

  it('a table row of years, as text (48 s with 11 years)', async () => {
    const row = [...years(22), '合计'].join(' ');
    expect((await parseWithin(DEADLINE, 'row.txt', wrap(row))).text).toContain(row);
  });

  it('a table row of years, as <td> cells', async () => {
    const cells = [...years(22), '合计'].map((y) => `<td>${y}</td>`).join('');
    const r = await parseWithin(DEADLINE, 'row.html', page(`<p>我局认真贯彻落实。</p><table><tr>${cells}</tr></table>`));
    expect(r.text).toContain('2033');
  });

  it('a line of 【ab: with no closing 】 (a metadata rule scanned to the end from every 【)', async () => {
    const r = await parseWithin(DEADLINE, 'bracket.txt', '【ab:'.repeat(64_000));
    expect(r.text.length).toBe(4 * 64_000);
  });

  it('many lines after the signature date (the trailer search ran again over all of them per line)', async () => {
    const body = '我局认真贯彻落实党中央、国务院关于法治政府建设的决策部署,全面推进依法行政。\n';
    // the slowest linear shape here (1–5 s on a loaded machine): twice the deadline, and enough lines that the
    // quadratic search took ~40 s
    const r = await parseWithin(2 * DEADLINE, 'trail.txt', wrap(body) + '特此报告。\n某某市司法局\n2022年1月5日\n' + '联系人:张三\n'.repeat(80_000));
    expect(r.meta.signedAt).toBe('2022-01-05');
  });

  it('164k unclosed <div> (htmlparser2 unshifts its open-element stack on every tag)', async () => {
    const r = await parseWithin(DEADLINE, 'deep.html', page(`${'<div>'.repeat(164_000)}<p>我局认真贯彻落实。</p>`));
    expect(r.text).toContain('我局认真贯彻落实。');
  });

  it('a page <title> with a long run of spaces', async () => {
    const r = await parseWithin(DEADLINE, 'title.html', page('<p>我局认真贯彻落实。</p>', `<title>a${' '.repeat(200_000)}b</title>`));
    expect(r.meta.fields['标题']).toBe('a b');
  });

  it('a run of semicolons inside a 一是…二是… point (its trailing punctuation was trimmed by [;,\\s]+$)', async () => {
    const r = await parseWithin(DEADLINE, 'semi.txt', wrap('我局一是落实' + ';'.repeat(80_000) + 'x二是落实。'));
    expect(r.sections.find((s) => s.canonical === 'measures')?.text).toContain('x二是落实。');
  });

  it('a <meta> date whose parts are set apart by long runs of spaces', async () => {
    const pub = (v: string) => `<meta name="PubDate" content="${v}">`;
    const bad = await parseWithin(DEADLINE, 'date.html', page('<p>我局认真贯彻落实。</p>', pub(`2022${' '.repeat(3000)}0${' '.repeat(3000)}日x`)));
    expect(bad.meta.publishedAt).toBeNull();
    const good = await parseWithin(DEADLINE, 'date.html', page('<p>我局认真贯彻落实。</p>', pub(`2022 ${' '.repeat(3000)}年3月15日`)));
    expect(good.meta.publishedAt).toBe('2022-03-15');
  });
});

describe('no crash', () => {
  it('more than ~125k heading lines (Math.min over a spread overflowed the call stack)', { timeout: 30_000 }, () => {
    const r = parseReport(TITLE + '\n' + Array.from({ length: 130_000 }, (_, i) => `${(i % 99) + 1}.a`).join('\n'));
    expect(r.sections.length).toBeGreaterThan(0);
  });

  it('a file holding only a breadcrumb', () => {
    const r = parseReport('当前位置:首页\n');
    expect(r.sections.every((s) => r.text.slice(s.start, s.end) === s.text)).toBe(true);
  });

  it('a file holding only a title', () => {
    const r = parseReport(TITLE + '\n');
    expect(r.meta.title).toBe(TITLE);
    expect(r.meta.year).toBe(2021);
  });

  it.each([
    ['nothing', ''],
    ['a space', ' '],
  ])('a sample with its lines joined into one, with %s between them', (_, sep) => {
    const joined = sampleText(S.jiangjin).replace(/\s*\n\s*/g, sep);
    const r = parseReport(joined);
    // the body is kept (it was read as the value of the 发布日期 key before it), and split at its headings
    expect(r.text.length).toBeGreaterThan(joined.length / 2);
    expect(r.sections.map((s) => s.canonical)).toEqual(expect.arrayContaining(['measures', 'problems', 'plans']));
  });
});
