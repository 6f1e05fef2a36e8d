#!/usr/bin/env node
// Makes the .html, .docx, .doc and .pdf twins of three samples in test/fixtures/docs/, with real writers: the `docx`
// package writes Word files as Word lays them out (indents, a letterhead, running header, "- N -" page numbers),
// LibreOffice turns them into PDFs and Word 97–2003 files as agencies' offices do. Also two hand-written PDFs no writer here makes: a
// scanned page (an image, no text) and text in a non-embedded CJK font that only the Adobe CMaps decode.
// Needs LibreOffice and Droid Sans Fallback, a compact CJK face (dev only; the outputs are committed, tests never run this):
//   apt-get install -y --no-install-recommends libreoffice-writer fonts-droid-fallback
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, copyFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as docx from 'docx';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test', 'fixtures', 'docs');

// sample, name of the twins, letterhead (red, first page only), running header (the other pages)
const TWINS = [
  ['000_525c5565d93138a1.txt', 'changshou', ['重庆市长寿区招商投资促进局文件', '长招投发〔2022〕3号'], '长寿区招商投资促进局2021年度法治政府建设年度报告'],
  ['001_78ed85b0c485cc82.txt', 'qijiang', ['重庆市綦江区人民政府文件', '綦江府发〔2022〕5号'], '綦江区2021年度法治政府建设情况报告'],
  ['004_7470bc842f3634e7.txt', 'guoziwei', null, '区国资委2023年度法治建设工作情况报告'],
];

const BODY_FONT = 'Droid Sans Fallback'; // one face, no bold: every face adds its own glyph subset to the PDF
const HEAD_FONT = BODY_FONT;
const PT = (n) => n * 2; // docx sizes are half-points
const CHAR = 320; // one 16 pt character in twips: the first-line indent is two
const isTitle = (l) => /(报告|報告)$/.test(l) && l.length <= 60 && !/^[一二三四五六七八九十]+、/.test(l);
const isHeading = (l) => /^[一二三四五六七八九十]+、/.test(l) && l.length <= 90;

function paragraph(line) {
  if (isTitle(line)) {
    return new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [new docx.TextRun({ text: line, font: HEAD_FONT, size: PT(20) })],
    });
  }
  return new docx.Paragraph({
    indent: { firstLine: 2 * CHAR },
    alignment: docx.AlignmentType.JUSTIFIED,
    spacing: { line: 560, lineRule: docx.LineRuleType.EXACT },
    children: [new docx.TextRun({ text: line, font: isHeading(line) ? HEAD_FONT : BODY_FONT, size: PT(16) })],
  });
}

const pageNumber = () =>
  new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    children: [new docx.TextRun({ children: ['- ', docx.PageNumber.CURRENT, ' -'], font: BODY_FONT, size: PT(14) })],
  });

function letterhead([name, number]) {
  return [
    new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      spacing: { after: 300 },
      children: [new docx.TextRun({ text: name, font: HEAD_FONT, size: PT(30), color: 'E00000' })],
    }),
    new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      border: { bottom: { style: docx.BorderStyle.SINGLE, size: 18, color: 'E00000', space: 6 } },
      children: [new docx.TextRun({ text: number, font: BODY_FONT, size: PT(16) })],
    }),
  ];
}

function wordFile(lines, head, running) {
  const runningHeader = new docx.Header({
    children: [
      new docx.Paragraph({
        alignment: docx.AlignmentType.CENTER,
        border: { bottom: { style: docx.BorderStyle.SINGLE, size: 4, color: '000000', space: 2 } },
        children: [new docx.TextRun({ text: running, font: BODY_FONT, size: PT(10.5) })],
      }),
    ],
  });
  return new docx.Document({
    creator: 'govdiff fixtures',
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 992 }, // GB/T 9704 公文
          },
        },
        headers: { first: new docx.Header({ children: head ? letterhead(head) : [] }), default: runningHeader },
        footers: { first: new docx.Footer({ children: [pageNumber()] }), default: new docx.Footer({ children: [pageNumber()] }) },
        children: lines.map(paragraph),
      },
    ],
  });
}

/** A Word file with a table: rows must come out one per line. */
function tableFile() {
  const cell = (t) => new docx.TableCell({ children: [new docx.Paragraph({ children: [new docx.TextRun({ text: t, font: BODY_FONT })] })] });
  const row = (cells) => new docx.TableRow({ children: cells.map(cell) });
  return new docx.Document({
    sections: [
      {
        children: [
          new docx.Paragraph({ children: [new docx.TextRun('一、2022年行政复议情况')] }),
          new docx.Table({
            rows: [row(['类别', '2021年', '2022年']), row(['行政复议', '12', '15']), row(['行政诉讼', '3', '4'])],
          }),
          new docx.Paragraph({ children: [new docx.TextRun('二、存在的问题')] }),
        ],
      },
    ],
  });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function htmlPage(lines, title) {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<div class="article">
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
</div>
</body>
</html>
`;
}

// --- hand-written PDFs -----------------------------------------------------------------------------------------

/** A PDF file from its objects' bodies (object i + 1 is objs[i]; 1 is the catalog), with a correct xref table. */
function pdfFile(objs) {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objs.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const stream = (dict, data) => `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;

/** One A4 page painting a small grey image and no text: what a scanner makes. */
function scannedPdf() {
  const pixels = Buffer.alloc(16 * 16, 0x80).toString('latin1');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', 'q 500 0 0 700 47 71 cm /Im1 Do Q'),
    stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8', pixels),
  ]);
}

/** Text in STSong-Light, not embedded, encoded UniGB-UCS2-H: as older WPS and Acrobat output reads. */
function cidPdf(lines) {
  const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join('');
  const text = lines.map((l, i) => `BT /F1 16 Tf 72 ${760 - i * 28} Td <${hex(l)}> Tj ET`).join('\n');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', text),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

// --- main --------------------------------------------------------------------------------------------------------

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'govdiff-fixtures-'));
try {
  for (const [sample, name, head, running] of TWINS) {
    const text = readFileSync(join(ROOT, 'samples', sample), 'utf8');
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    writeFileSync(join(OUT, `${name}.txt`), text);
    writeFileSync(join(OUT, `${name}.html`), htmlPage(lines, lines.find(isTitle) ?? '政务公开')); // a site's <title> when the report has none
    const bytes = await docx.Packer.toBuffer(wordFile(lines, head, running));
    writeFileSync(join(OUT, `${name}.docx`), bytes);
    writeFileSync(join(work, `${name}.docx`), bytes);
    for (const to of ['pdf', 'doc']) {
      execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', work, join(work, `${name}.docx`)], { stdio: 'ignore' });
      copyFileSync(join(work, `${name}.${to}`), join(OUT, `${name}.${to}`));
    }
  }
  writeFileSync(join(OUT, 'table.docx'), await docx.Packer.toBuffer(tableFile()));
  writeFileSync(join(OUT, 'scanned.pdf'), scannedPdf());
  writeFileSync(join(OUT, 'cid-font.pdf'), cidPdf(['关于2021年度法治政府建设情况的报告', '一、主要举措和成效', '我局认真贯彻落实《法治政府建设实施纲要》。']));
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const f of ['changshou', 'qijiang', 'guoziwei'].flatMap((n) => ['txt', 'html', 'docx', 'doc', 'pdf'].map((e) => `${n}.${e}`))) {
  console.log(`${f.padEnd(16)} ${(statSync(join(OUT, f)).size / 1024).toFixed(0).padStart(5)} KB`);
}
