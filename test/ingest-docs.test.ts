// Reports as agencies publish them: .docx and .pdf twins of samples (made by scripts/make-doc-fixtures.mjs with
// the docx package and LibreOffice, committed) read to the same sections as their text.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput, expandInputs, decodeReport } from '../src/ingest/index.js';
import { pageLines, dropPageFurniture, joinLines, pdfPagesToText, isPageNumber } from '../src/ingest/pdf.js';
import { docxHtmlToText } from '../src/ingest/docx.js';
import { parseDecoded } from '../src/parse/index.js';
import { InputError } from '../src/model.js';
import { ROOT } from './helpers/samples.js';

const DOCS = join(ROOT, 'test', 'fixtures', 'docs');
const doc = (name: string) => join(DOCS, name);
const squash = (s: string) => s.replace(/\s+/g, '');
const BIN = join(ROOT, 'bin', 'govdiff.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe.each(['changshou', 'qijiang', 'guoziwei'])('the twins of %s', (name) => {
  const text = parseDecoded(readInput(doc(`${name}.txt`)));

  // exact, white space aside: the PDF reader joins every line the page width broke and drops every page number,
  // running header and letterhead these files have, so no tolerance is needed
  it.each(['html', 'docx', 'doc', 'pdf'])('.%s has the same sections, in the same order, with the same text', (ext) => {
    const r = parseDecoded(readInput(doc(`${name}.${ext}`)));
    expect(r.sections.map((s) => s.canonical)).toEqual(text.sections.map((s) => s.canonical));
    r.sections.forEach((s, i) => {
      expect(squash(s.heading ?? ''), `${s.canonical} heading`).toBe(squash(text.sections[i].heading ?? ''));
      expect(squash(s.text), `${s.canonical} text`).toBe(squash(text.sections[i].text));
    });
    expect(r.meta).toMatchObject({ agency: text.meta.agency, year: text.meta.year, signedAt: text.meta.signedAt });
    expect(r.warnings).toEqual(text.warnings);
  });
});

describe('PDF', () => {
  it('drops the letterhead, the running header and the page numbers, and keeps paragraphs whole', () => {
    const d = readInput(doc('changshou.pdf'));
    expect(d.text).not.toMatch(/重庆市长寿区招商投资促进局文件|长招投发〔2022〕3号|^- \d+ -$/m);
    expect(d.text).not.toContain('长寿区招商投资促进局2021年度法治政府建设年度报告\n'); // the running header
    const lines = d.text.split('\n');
    expect(lines[0]).toBe('重慶市長壽區招商投資促進局2021年度法治政府建設年度報告'); // the title, wrapped in two, one line again
    // the text twin has one paragraph per line: so has the PDF
    const txt = readInput(doc('changshou.txt')).text.split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(txt.length);
  });

  it('reads a CJK font that is not embedded through the Adobe CMaps', () => {
    expect(readInput(doc('cid-font.pdf')).text).toBe('关于2021年度法治政府建设情况的报告\n一、主要举措和成效\n我局认真贯彻落实《法治政府建设实施纲要》。');
  });

  it('says a scanned PDF has no text layer, and the other files go on', () => {
    expect(() => readInput(doc('scanned.pdf'))).toThrow(new InputError(doc('scanned.pdf'), 'has no text layer (scanned?); govdiff does no OCR'));
    const r = run(['parse', '--json', doc('scanned.pdf'), doc('guoziwei.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`govdiff: ${doc('scanned.pdf')}: has no text layer (scanned?); govdiff does no OCR`);
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual([doc('guoziwei.pdf')]);
  });

  it('names a damaged PDF', () => {
    expect(() => decodeReport('bad.pdf', new TextEncoder().encode('%PDF-1.4\nnothing else'))).toThrow(/bad\.pdf: is not a valid PDF/);
  });

  const run16 = (s: string, x: number, y: number): [string, number, number, number, number, boolean] => [s, x, y, 16 * [...s].length, 16, false];
  // a paragraph as a writer lays it out: 22 characters a line from x = 80, the first indented by two
  const wrap = (p: string) => {
    const out: Array<[string, number]> = [[p.slice(0, 20), 112]];
    for (let i = 20; i < p.length; i += 22) out.push([p.slice(i, i + 22), 80]);
    return out;
  };
  const page = (n: number, body: Array<[string, number]>) =>
    pageLines([run16(`- ${n} -`, 250, 40), run16('某局2021年度法治政府建设情况报告', 150, 800), ...body.map(([s, x], i) => run16(s, x, 700 - i * 28))], n);

  it('joins lines the page width broke, across pages too; an indented line starts a paragraph', () => {
    const paras = ['一、主要举措', '我局贯彻落实好《法治政府建设实施纲要》。全面推进依法行政工作,取得了明显成效,群众满意度不断提高,行政复议案件数量下降。', '二、存在的问题', '学习不够深入。'];
    const lines = paras.flatMap(wrap);
    const pages = [page(1, lines.slice(0, 3)), page(2, lines.slice(3))];
    // the first line of the long paragraph ends a sentence at the margin: still one paragraph, as the next line is not indented
    expect(lines[1][0].endsWith('。')).toBe(true);
    expect(joinLines(dropPageFurniture(pages).flat()).map((p) => p.text)).toEqual(paras);
  });

  it('drops a joint letterhead, issuers stacked with 文件 beside them, and its number; keeps the title', () => {
    const big = (t: string, x: number, y: number): [string, number, number, number, number, boolean] => [t, x, y, 40 * t.length, 40, false];
    const runs = [
      big('中共某某区委员会', 80, 780),
      big('文件', 420, 750),
      big('某某区人民政府', 80, 720),
      run16('某委发〔2022〕3号', 200, 660),
      [('关于2021年度法治政府建设情况的报告'), 120, 600, 22 * 19, 22, false] as [string, number, number, number, number, boolean],
      run16('一、主要举措和成效', 112, 560),
      run16('我局认真贯彻落实。', 112, 532),
    ];
    expect(pdfPagesToText('joint.pdf', [{ width: 595, height: 842, runs }]).text).toBe('关于2021年度法治政府建设情况的报告\n一、主要举措和成效\n我局认真贯彻落实。');
  });

  it('knows page numbers as offices print them, and the radicals Word-made PDFs put for characters', () => {
    for (const n of ['- 3 -', '— 12 —', '－3－', '3', '第3页', '第 3 页 共 9 页', '3 / 9', 'Page 3 of 9']) expect(isPageNumber(n), n).toBe(true);
    for (const n of ['一、3', '2021年', '第三页的内容']) expect(isPageNumber(n), n).toBe(false);
    expect(pageLines([run16('⼀、⼯作举措', 80, 700)], 1)[0].text).toBe('一、工作举措');
  });

  it('a PDF whose pages are images only, some of them, warns', () => {
    const text = { width: 595, height: 842, runs: [run16('关于2021年度法治政府建设情况的报告', 80, 700)] };
    const r = pdfPagesToText('mixed.pdf', [text, { width: 595, height: 842, runs: [], images: true }]);
    expect(r.warnings).toEqual(['page 2 of the PDF has no text layer (scanned?): its text is missing']);
  });
});

describe('Word', () => {
  it('reads tables one row per line, cells split by a tab', () => {
    expect(readInput(doc('table.docx')).text).toBe('一、2022年行政复议情况\n类别\t2021年\t2022年\n行政复议\t12\t15\n行政诉讼\t3\t4\n二、存在的问题');
    expect(docxHtmlToText('<p>a<br />b</p><table><tr><td><p>x</p><p>y</p></td><td></td></tr></table>')).toBe('a\nb\nx y\t');
  });

  it('leaves pictures out, and names a Word file that holds only pictures', async () => {
    const { Document, Packer, Paragraph, ImageRun, TextRun } = await import('docx');
    // a 1×1 PNG
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const image = () => new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 100 } });
    const make = async (children: InstanceType<typeof Paragraph>[]) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const mixed = await make([new Paragraph({ children: [new TextRun('一、主要举措和成效')] }), new Paragraph({ children: [image()] })]);
    expect(decodeReport('mixed.docx', mixed).text).toBe('一、主要举措和成效');
    const scan = await make([new Paragraph({ children: [image()] })]);
    expect(() => decodeReport('scan.docx', scan)).toThrow('scan.docx: is a Word file with no text (images only?); govdiff does no OCR');
  });

  it('reads a .wps saved in Word 97–2003 format, as WPS Office writes it', () => {
    const d = decodeReport('r.wps', new Uint8Array(readFileSync(doc('guoziwei.doc'))));
    expect(d.text).toBe(readInput(doc('guoziwei.doc')).text);
    expect(d.text.split('\n')).toContain('五、其他需要报告的情况');
  });

  it('names a damaged Word file, and refuses RTF, with the command that converts them', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml broken')]);
    expect(() => decodeReport('bad.docx', zip)).toThrow(/bad\.docx: could not be read as \.docx/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    expect(() => decodeReport('my report.wps', ole)).toThrow(
      /^my report\.wps: is a WPS Writer \(\.wps\) file that could not be read \(.+\); convert it first: libreoffice --headless --convert-to docx 'my report\.wps'$/,
    );
    expect(() => decodeReport('a.rtf', new TextEncoder().encode('{\\rtf1 x}'))).toThrow(
      'a.rtf: is an RTF file, which govdiff does not read; convert it first: libreoffice --headless --convert-to docx a.rtf',
    );
  });

  it('reads a .doc that is really an HTML page, as sites often serve them', () => {
    const d = decodeReport('r.doc', new TextEncoder().encode('<html><body><p>一、主要举措和成效</p></body></html>'));
    expect(d.format).toBe('html');
  });
});

describe('directory walks', () => {
  const tree = () => {
    const dir = mkdtempSync(join(tmpdir(), 'govdiff-walk-'));
    copyFileSync(doc('guoziwei.txt'), join(dir, 'a.txt'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(doc('guoziwei.docx'), join(dir, 'sub', 'b.docx'));
    writeFileSync(join(dir, '.hidden.txt'), 'x');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'photo.jpg'), 'x');
    const elsewhere = mkdtempSync(join(tmpdir(), 'govdiff-elsewhere-'));
    copyFileSync(doc('changshou.txt'), join(elsewhere, 'c.txt'));
    symlinkSync(join(elsewhere, 'c.txt'), join(dir, 'link.txt')); // a symlinked file: read
    symlinkSync(join(dir, 'a.txt'), join(dir, 'again.txt')); // a second name of a file read anyway: not read twice
    symlinkSync(dir, join(dir, 'sub', 'up')); // back to the top: a loop
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    // 报告.txt as a Windows zip stores it: GBK bytes, not UTF-8
    writeFileSync(Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from('.txt')]), readInput(doc('guoziwei.txt')).text);
    return dir;
  };

  it('names every file it skips and why, follows symlinked files but not loops, and shows GBK names readably', () => {
    const dir = tree();
    const { files, errors, skipped } = expandInputs([dir]);
    expect(errors).toEqual([]);
    expect(files).toEqual(['a.txt', 'link.txt', 'sub/b.docx', '报告.txt'].map((f) => join(dir, f)));
    expect(skipped).toEqual([
      { file: join(dir, '.git'), reason: 'hidden folder' },
      { file: join(dir, '.hidden.txt'), reason: 'hidden file (dotfile)' },
      { file: join(dir, 'again.txt'), reason: `same file as ${join(dir, 'a.txt')}` },
      { file: join(dir, 'dangling.txt'), reason: 'broken symlink' },
      { file: join(dir, 'photo.jpg'), reason: 'unsupported extension .jpg' },
      { file: join(dir, 'sub', 'up'), reason: expect.stringMatching(/^symlink loop/) },
    ]);
    // the GBK-named file is read through its original bytes
    expect(readInput(join(dir, '报告.txt')).text).toContain('区国资委');
  });

  it('the CLI lists what it skipped on stderr and reads the rest', () => {
    const dir = tree();
    const r = run(['parse', '--json', dir]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(4);
    expect(r.stderr).toContain(`govdiff: skipped ${join(dir, 'photo.jpg')}: unsupported extension .jpg`);
    expect(r.stderr).toContain(`govdiff: skipped ${join(dir, '.hidden.txt')}: hidden file (dotfile)`);
    expect(r.stderr).toContain(`govdiff: skipped ${join(dir, 'sub', 'up')}: symlink loop`);
    expect(r.stderr).not.toContain('\ufffd');
  });
});
