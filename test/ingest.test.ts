import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeReport, expandInputs } from '../src/ingest/index.js';
import { InputError } from '../src/model.js';
import { sampleText, S, SAMPLES } from './helpers/samples.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('reading bytes', () => {
  const text = sampleText(S.rongchang);

  it('decodes GBK bytes without being told', () => {
    const d = decodeReport('gbk.txt', new Uint8Array(iconv.encode(text, 'gbk')));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('与重庆百君律师事务所签署聘请法律顾问合同');
  });

  it('decodes Big5 bytes of a traditional report', () => {
    const trad = sampleText(S.changshou);
    const d = decodeReport('big5.txt', new Uint8Array(iconv.encode(trad, 'big5')));
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain('聘請重慶中渡律師事務所');
  });

  it('honours a BOM: UTF-8 and UTF-16LE', () => {
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeReport('a.txt', bom8).text.startsWith('当前位置')).toBe(true);
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    const d = decodeReport('b.txt', le);
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toContain('二、存在的主要问题');
  });

  it('takes --encoding over detection', () => {
    const d = decodeReport('gbk.txt', new Uint8Array(iconv.encode(text, 'gbk')), { encoding: 'GBK' });
    expect(d.text).toContain('特此报告');
  });

  it('refuses empty, binary, PDF and undecodable files, naming the file', () => {
    expect(() => decodeReport('empty.txt', new Uint8Array())).toThrow(/empty\.txt: the file is empty/);
    expect(() => decodeReport('x.bin', new Uint8Array([0, 1, 2, 0, 0, 3]))).toThrow(/binary/);
    expect(() => decodeReport('r.pdf', utf8('%PDF-1.7 ...'))).toThrow(/PDF/);
    const noise = new Uint8Array(4000).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(() => decodeReport('noise.txt', noise)).toThrow(InputError);
  });

  it('extracts an HTML page: scripts and styles gone, paragraphs on their own lines', () => {
    const body = text.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    const html = `<!DOCTYPE html><html><head><meta charset="gbk"><style>p{color:red}</style></head><body>
      <script>document.write("一、假标题")</script><div class="zoom">${body}</div></body></html>`;
    const d = decodeReport('page.html', new Uint8Array(iconv.encode(html, 'gbk')));
    expect(d.format).toBe('html');
    expect(d.encoding).toBe('gb18030');
    expect(d.text).not.toContain('假标题');
    expect(d.text).not.toContain('color:red');
    expect(d.text.split('\n')).toContain('二、存在的主要问题');
  });
});

describe('expanding paths', () => {
  it('lists report files of a directory in name order and reports missing paths', () => {
    const { files, errors } = expandInputs([SAMPLES, 'no/such/file.txt']);
    expect(files.map((f) => f.split('/').pop())).toEqual(Object.values(S).slice().sort());
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('no/such/file.txt: no such file or directory');
  });
});
