// govdiff index, the filters and govdiff search, on the five samples (copied to a temporary folder whenever a test
// changes files: inputs are never touched), run in-process as a user would run them.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, appendFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runMain } from './helpers/cli.js';
import { displayWidth } from '../src/render/context.js';
import { ROOT, SAMPLES, SHARED, hasShared, S, sampleText } from './helpers/samples.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
const made: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'govdiff-index-'));
  made.push(d);
  return d;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** Rows of the index, read with SQLite directly (not through govdiff). */
function rows<T>(db: string, sql: string): T[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all() as T[];
  } finally {
    d.close();
  }
}

/** A summary as `index --json` prints it. */
async function index(inputs: string[], out: string, extra: string[] = []) {
  const r = await runMain(['index', ...inputs, '-o', out, '--json', ...extra]);
  return { ...r, summary: r.out ? JSON.parse(r.out) : null };
}

// the samples as the tests name them: relative to the repository, as a user in it would type samples/
const samples = relative(process.cwd(), SAMPLES) || '.';
const dir = tmp();
const db = join(dir, 'corpus.db');

beforeAll(async () => {
  const r = await index([samples], db);
  expect(r.code).toBe(0);
});

describe('govdiff index', () => {
  it('stores the five samples with their agencies and years, and says what it did', async () => {
    const reports = rows<{ file: string; agency: string; year: number; kind: string }>(db, 'SELECT file, agency, year, kind FROM reports ORDER BY ord');
    expect(reports.map((r) => [r.file.split('/').pop(), r.agency, r.year])).toEqual([
      [S.changshou, '重庆市长寿区招商投资促进局', 2021],
      [S.qijiang, '重庆市綦江区人民政府', 2021],
      [S.rongchang, '重庆市荣昌区新区建设管理委员会', 2021],
      [S.jiangjin, '重庆市江津区科学技术局', 2021],
      [S.guoziwei, '区国资委', 2023],
    ]);
    expect(reports.every((r) => r.kind === 'fazhi')).toBe(true);
    // 004's parts, in order, as its outline shows them
    const parts = rows<{ part: string }>(db, `SELECT s.part FROM sections s JOIN reports r ON r.id = s.report_id WHERE r.file LIKE '%${S.guoziwei}' ORDER BY s.ord`);
    expect(parts.map((p) => p.part)).toEqual(['preamble', 'measures', 'problems', 'duties', 'plans', 'other']);
    expect(rows<{ key: string }>(db, 'SELECT key FROM meta').map((m) => m.key)).toEqual(expect.arrayContaining(['format', 'schema', 'parser', 'version']));
  });

  it('a second run over unchanged files parses none of them', async () => {
    const r = await index([samples], db);
    expect(r.summary).toMatchObject({ reports: 5, added: 0, updated: 0, unchanged: 5, removed: 0, failed: 0, reparsed: null });
    expect(r.code).toBe(0);
  });

  it('a changed file is parsed again, a deleted one removed; the inputs are never changed', async () => {
    const d = tmp();
    cpSync(SAMPLES, join(d, 'in'), { recursive: true });
    const out = join(d, 'c.db');
    expect((await index([join(d, 'in')], out)).summary).toMatchObject({ added: 5, reports: 5 });
    appendFileSync(join(d, 'in', S.jiangjin), '\n附件:无\n');
    rmSync(join(d, 'in', S.qijiang));
    const before = readFileSync(join(d, 'in', S.guoziwei));
    const r = await index([join(d, 'in')], out);
    expect(r.summary).toMatchObject({ reports: 4, added: 0, updated: 1, unchanged: 3, removed: 1, failed: 0 });
    expect(r.summary.removedFiles).toEqual([join(d, 'in', S.qijiang)]);
    expect(readFileSync(join(d, 'in', S.guoziwei)).equals(before)).toBe(true);
    // the text line says the same for a person
    const again = await runMain(['index', join(d, 'in'), '-o', out]);
    expect(again.out).toMatch(/4 reports \(added 0, updated 0, unchanged 4, removed 0, failed 0\)/);
    // no temporary or journal left beside it
    expect(readdirSync(d).sort()).toEqual(['c.db', 'in']);
  });

  it('another parser re-parses every file (no stale parses)', async () => {
    const d = tmp();
    const out = join(d, 'c.db');
    await index([samples], out);
    const w = new Database(out);
    w.prepare("UPDATE meta SET value = '0.0.1+old' WHERE key = 'parser'").run();
    w.close();
    // reading it says it is stale
    const read = await runMain(['parse', out, '--depth', '0']);
    expect(read.err).toMatch(/indexed by another version of the parser \(0\.0\.1\+old\); run govdiff index again/);
    const r = await index([samples], out);
    expect(r.summary).toMatchObject({ updated: 5, unchanged: 0 });
    expect(r.summary.reparsed).toMatch(/the parser changed \(0\.0\.1\+old → /);
  });

  it('an interrupted build (trigram index not in step) is still searched, by scanning, and the next run rebuilds it', async () => {
    const d = tmp();
    const out = join(d, 'c.db');
    await index([samples], out);
    const w = new Database(out);
    w.prepare("UPDATE meta SET value = 'stale' WHERE key = 'fts'").run();
    w.exec("INSERT INTO passages (passages) VALUES ('delete-all')");
    w.close();
    const hits = JSON.parse((await runMain(['search', '法律顾问', out, '--section', 'problems', '--json'])).out);
    expect(hits).toHaveLength(2);
    await index([samples], out);
    expect(rows<{ value: string }>(out, "SELECT value FROM meta WHERE key = 'fts'")[0].value).toBe('ok');
    expect(JSON.parse((await runMain(['search', '法律顾问', out, '--section', 'problems', '--json'])).out)).toEqual(hits);
  });

  it('one unreadable file is listed and the others are indexed; exit 1', async () => {
    const d = tmp();
    cpSync(SAMPLES, join(d, 'in'), { recursive: true });
    writeFileSync(join(d, 'in', 'empty.txt'), '');
    const r = await index([join(d, 'in')], join(d, 'c.db'));
    expect(r.summary).toMatchObject({ reports: 5, added: 5, failed: 1 });
    expect(r.summary.failures).toEqual([{ file: join(d, 'in', 'empty.txt'), reason: expect.stringMatching(/empty/) }]);
    expect(r.err).toContain(`${join(d, 'in', 'empty.txt')}:`);
    expect(r.code).toBe(1);
  });
});

describe('every command reads an index in place of the files', () => {
  it('matrix --json over the index is byte for byte matrix over the files', async () => {
    const files = await runMain(['matrix', samples, '--json']);
    const idx = await runMain(['matrix', db, '--json']);
    expect(idx.code).toBe(0);
    expect(idx.out).toBe(files.out);
    expect(JSON.parse(idx.out).columns.map((c: { agency: string }) => c.agency)).toHaveLength(5);
  });

  it('parse --json over the index gives the reports parse gives', async () => {
    const files = await runMain(['parse', samples, '--json']);
    const idx = await runMain(['parse', db, '--json']);
    expect(idx.out).toBe(files.out);
  });
});

describe('filters: --year, --agency, --where, the same over files and over an index', () => {
  const agencies = (out: string) => (JSON.parse(out) as Array<{ meta: { agency: string } }>).map((r) => r.meta.agency);
  const cases: Array<[string[], string[]]> = [
    [['--year', '2023'], ['区国资委']],
    [['--year', '2021..2022'], ['重庆市长寿区招商投资促进局', '重庆市綦江区人民政府', '重庆市荣昌区新区建设管理委员会', '重庆市江津区科学技术局']],
    [['--year', '..2021', '--agency', '江津'], ['重庆市江津区科学技术局']],
    [['--agency', '綦江|国资'], ['重庆市綦江区人民政府', '区国资委']],
    [['--where', 'agency~=区人民政府$'], ['重庆市綦江区人民政府']],
    [['--where', 'signed>=2022-02-01', '--where', 'published!='], ['重庆市綦江区人民政府', '重庆市江津区科学技术局']],
    [['--where', 'signed='], ['区国资委']],
    [['--where', 'kind=xxgk'], []],
  ];
  for (const [filters, expected] of cases) {
    it(filters.join(' '), async () => {
      const files = await runMain(['parse', samples, '--json', ...filters]);
      const idx = await runMain(['parse', db, '--json', ...filters]);
      expect(agencies(files.out)).toEqual(expected);
      expect(idx.out).toBe(files.out);
      expect(files.err).toContain(`govdiff: ${expected.length} of 5 reports match the filters`);
      expect(idx.err).toContain(`govdiff: ${expected.length} of 5 reports match the filters`);
      expect(idx.code).toBe(0);
    });
  }

  it('--quiet keeps the note off stderr', async () => {
    expect((await runMain(['parse', db, '--json', '--year', '2023', '--quiet'])).err).toBe('');
  });

  it('--kind over an index keeps the reports of that kind (over files it reads them as that kind)', async () => {
    expect(agencies((await runMain(['parse', db, '--json', '--kind', 'xxgk'])).out)).toEqual([]);
    expect(agencies((await runMain(['parse', db, '--json', '--kind', 'fazhi'])).out)).toHaveLength(5);
  });

  it('a filtered matrix over the index equals the same over the files', async () => {
    const args = ['--section', 'problems', '--year', '2021', '--json'];
    const files = await runMain(['matrix', samples, ...args]);
    const idx = await runMain(['matrix', db, ...args]);
    expect(JSON.parse(idx.out).columns).toHaveLength(4);
    expect(idx.out).toBe(files.out);
  });
});

describe('govdiff search', () => {
  type Hit = { file: string; agency: string; year: number; kind: string; part: string; heading: string; offset: number; before: string; match: string; after: string };

  it('法律顾问 in problems: only 区国资委 admits it, twice, in its part 二', async () => {
    const r = await runMain(['search', '法律顾问', db, '--section', 'problems', '--json']);
    const hits = JSON.parse(r.out) as Hit[];
    // sample 004 reads: "2. 法律顾问和公职律师作用发挥还不够充分。法律顾问和公职律师的作用主要集中在合同审核…"
    expect(sampleText(S.guoziwei)).toContain('法律顾问和公职律师作用发挥还不够充分');
    expect(hits.map((h) => [h.agency, h.year, h.part, h.after.slice(0, 5)])).toEqual([
      ['区国资委', 2023, 'problems', '和公职律师'],
      ['区国资委', 2023, 'problems', '和公职律师'],
    ]);
    expect(hits[0].heading).toBe('二、2023年度推进法治政府建设存在的不足和问题');
    // the offset is into the report's text, as every offset in govdiff
    const report = JSON.parse((await runMain(['parse', db, '--json', '--agency', '国资委', '--quiet'])).out)[0];
    for (const h of hits) expect(report.text.slice(h.offset - h.before.length, h.offset + 4 + h.after.length)).toBe(h.before + h.match + h.after);
    expect(Object.keys(hits[0])).toEqual(['file', 'agency', 'year', 'kind', 'part', 'heading', 'offset', 'before', 'match', 'after']);
  });

  it('lists every part without --section, in order of agency, year, file, place; the same over files', async () => {
    const idx = JSON.parse((await runMain(['search', '法律顾问', db, '--json'])).out) as Hit[];
    const files = JSON.parse((await runMain(['search', '法律顾问', samples, '--json'])).out) as Hit[];
    expect(idx).toEqual(files);
    expect(idx.length).toBeGreaterThan(20);
    expect(new Set(idx.map((h) => h.part))).toEqual(new Set(['measures', 'problems', 'plans']));
    const key = (h: Hit) => [h.agency, h.year, h.file, String(h.offset).padStart(8, '0')].join('\u0000');
    expect(idx.map(key)).toEqual(idx.map(key).sort());
  });

  it('terminal lines: agency, year, part, and the matches in one column; no colour with NO_COLOR', async () => {
    const old = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    try {
      const r = await runMain(['search', '法律顾问', db, '--section', 'problems', '--width', '80']);
      const lines = r.out.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(r.out).not.toMatch(/\x1b\[/);
      for (const l of lines) expect(l).toMatch(/^区国资委  2023  problems  .*法律顾问 和公职律师/);
      // the match starts at the same column on every line
      const column = (l: string) => displayWidth(l.slice(0, l.indexOf(' 法律顾问 和')), { ambiguousWide: false });
      expect(new Set(lines.map(column))).toHaveProperty('size', 1);
    } finally {
      if (old === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = old;
    }
    const coloured = await runMain(['search', '法律顾问', db, '--section', 'problems', '--color']);
    expect(coloured.out).toMatch(/\x1b\[1m\x1b\[33m法律顾问/);
  });

  it('CSV with a header, --limit keeps the first N and says so, traditional input is found', async () => {
    const csv = (await runMain(['search', '法律顧問', db, '-f', 'csv', '--limit', '3'])).out.split('\r\n');
    expect(csv[0]).toBe('file,agency,year,kind,part,heading,offset,before,match,after');
    expect(csv.filter(Boolean)).toHaveLength(4);
    expect(csv[1]).toContain(',法律顾问,');
    const r = await runMain(['search', '法律顾问', db, '--limit', '3', '--json']);
    expect(JSON.parse(r.out)).toHaveLength(3);
    expect(r.err).toContain('the first 3 matches are listed (--limit 3)');
  });

  it('a query of fewer than three characters is matched without the trigram index, and says so', async () => {
    const r = await runMain(['search', '普法', db, '--json', '--agency', '国资委']);
    expect(r.err).toMatch(/shorter than three characters/);
    const hits = JSON.parse(r.out) as Hit[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.match === '普法' && h.agency === '区国资委')).toBe(true);
  });

  it('no match: nothing on stdout, a note on stderr, exit 0', async () => {
    const r = await runMain(['search', '量子计算机', db]);
    expect([r.out, r.code]).toEqual(['', 0]);
    expect(r.err).toContain('no matches for «量子计算机»');
  });
});

describe('what a user sees when something is wrong', () => {
  it('an SQLite file that is not a govdiff index, and a missing one: exit 1, named', async () => {
    const d = tmp();
    const other = join(d, 'other.db');
    const o = new Database(other);
    o.exec('CREATE TABLE t (a)');
    o.close();
    let r = await runMain(['search', '法律顾问', other]);
    expect(r.err).toContain(`govdiff: ${other}: an SQLite database but not a govdiff index`);
    expect(r.code).toBe(1);
    r = await runMain(['matrix', other]);
    expect(r.err).toContain('not a govdiff index');
    expect(r.code).toBe(1);
    r = await runMain(['matrix', join(d, 'missing.db')]);
    expect(r.err).toContain(`${join(d, 'missing.db')}: no such file`);
    expect(r.code).toBe(1);
  });

  it('bad filters are usage errors (exit 2) before anything is read', async () => {
    for (const [args, msg] of [
      [['--year', '21'], '--year takes a year or a range: 2021, 2021..2023, 2021.. or ..2023, not "21"'],
      [['--year', '2023..2021'], 'the range runs backwards'],
      [['--where', 'colour=red'], 'unknown field "colour"'],
      [['--where', 'year>twenty'], 'takes a whole number'],
      [['--agency', '(['], '--agency is not a valid regular expression'],
    ] as const) {
      const r = await runMain(['matrix', db, ...args]);
      expect(r.err).toContain(msg);
      expect(r.code).toBe(2);
    }
  });

  it('index without --out, into a file that is not an index, or filtered: exit 2, nothing changed', async () => {
    const d = tmp();
    const notes = join(d, 'notes.txt');
    writeFileSync(notes, 'my notes');
    let r = await runMain(['index', samples]);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('index needs --out FILE')]);
    r = await runMain(['index', samples, '-o', notes]);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('exists and is not a govdiff index')]);
    expect(readFileSync(notes, 'utf8')).toBe('my notes');
    r = await runMain(['index', samples, '-o', join(d, 'c.db'), '--year', '2021']);
    expect(r.code).toBe(2);
    expect(existsSync(join(d, 'c.db'))).toBe(false);
  });
});

describe.skipIf(!hasShared)('the 144 Shenzhen work reports of ../shared', () => {
  it('index them, then filter by year and kind from the index', async () => {
    const d = tmp();
    const out = join(d, 'sz.db');
    const r = await index([join(SHARED, 'corpus/sz-gov-work-reports')], out);
    expect(r.summary).toMatchObject({ reports: 144, failed: 0 });
    const files = await runMain(['parse', join(SHARED, 'corpus/sz-gov-work-reports'), '--json', '--year', '2020..2021', '--quiet']);
    const idx = await runMain(['parse', out, '--json', '--year', '2020..2021', '--quiet']);
    expect(idx.out).toBe(files.out);
    const years = (JSON.parse(idx.out) as Array<{ meta: { year: number } }>).map((x) => x.meta.year);
    expect(years.length).toBeGreaterThan(10);
    expect(years.every((y) => y === 2020 || y === 2021)).toBe(true);
    expect(JSON.parse((await runMain(['parse', out, '--json', '--kind', 'fazhi', '--quiet'])).out)).toEqual([]);
  }, 120_000);
});


describe('start-up: SQLite loads only when an index is opened', () => {
  // what Node resolves while the built CLI runs (as test/cli-startup.test.ts checks the other commands)
  const hooks = tmp();
  writeFileSync(
    join(hooks, 'hooks.mjs'),
    `export async function resolve(s, c, next) { const r = await next(s, c); if (/better-sqlite3|\\/dist\\/corpus\\//.test(r.url)) process.stderr.write('LOADED ' + r.url.replace(/.*\\/(dist|node_modules)\\//, '') + '\\n'); return r; }\n`,
  );
  writeFileSync(join(hooks, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(hooks, 'hooks.mjs')).href)});\n`);
  // better-sqlite3 is CommonJS, loaded with require(): seen in Module._load
  writeFileSync(
    join(hooks, 'require.cjs'),
    `const M = require('node:module'); const load = M._load; M._load = function (r, ...a) { if (r === 'better-sqlite3') process.stderr.write('LOADED better-sqlite3\\n'); return load.call(this, r, ...a); };\n`,
  );
  const loads = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--require', join(hooks, 'require.cjs'), '--import', pathToFileURL(join(hooks, 'register.mjs')).href, join(ROOT, 'bin', 'govdiff.js'), ...args], { encoding: 'utf8' });
    return [...new Set(r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7)))].sort();
  };

  it('parse over files loads the filters only, never SQLite; matrix over an index loads SQLite', () => {
    for (const args of [['parse', SAMPLES, '--depth', '0', '--year', '2021'], ['--help']]) {
      const mods = loads(args);
      for (const heavy of ['better-sqlite3', 'corpus/query.js', 'corpus/store.js', 'corpus/search.js']) expect(mods).not.toContain(heavy);
    }
    expect(loads(['--help'])).not.toContain('corpus/filter.js');
    // (module hooks run on a thread of their own, whose lines a quick exit may cut short: a presence is checked on
    // the require() hook only, which runs on the main thread)
    expect(loads(['matrix', db, '--quiet'])).toContain('better-sqlite3');
  });
});
