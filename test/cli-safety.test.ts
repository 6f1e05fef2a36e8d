// Inputs are sacred and the output is whole or absent: what a user sees when stdin is large, when -o names an
// input, a missing folder or a full disk, when a write is killed, and when a named input is a fifo or a device.
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdtempSync, writeFileSync, readFileSync, readdirSync, statSync, chmodSync, symlinkSync, lstatSync, copyFileSync,
  openSync, closeSync, existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLES, S, samplePath, sampleText } from './helpers/samples.js';

// GOVDIFF_BIN: run these against another build (to see them fail on one without the fixes)
const BIN = process.env.GOVDIFF_BIN ?? join(ROOT, 'bin', 'govdiff.js');
const run = (args: string[], input?: string | Buffer, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
const tmp = () => mkdtempSync(join(tmpdir(), 'govdiff-safety-'));
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .*:\d+/);

describe('stdin', () => {
  it('reads 1 MB piped into "-" whole (a stream, not one read that fails with EAGAIN)', () => {
    // a real report followed by 1 MB of body paragraphs
    const body = Array.from({ length: 9000 }, (_, i) => `我局认真贯彻落实法治政府建设各项要求,持续推进依法行政,不断提升行政执法水平。第${i}段。`).join('\n');
    const input = sampleText(S.guoziwei) + '\n' + body + '\n';
    expect(Buffer.byteLength(input)).toBeGreaterThan(1024 * 1024);
    const file = join(tmp(), 'in.txt');
    writeFileSync(file, input);
    // through a shell pipe, as a user pipes: the writer is still writing when govdiff starts to read
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const r = spawnSync('sh', ['-c', `cat ${q(file)} | ${q(process.execPath)} ${q(BIN)} parse --json -`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [report] = JSON.parse(r.stdout);
    expect(report.file).toBe('<stdin>');
    expect(report.text).toContain('不断提升行政执法水平。第8999段。');
  });

  it('stops at --max-size on stdin too, naming it', () => {
    const r = run(['parse', '-', '--max-size', '10K'], 'x'.repeat(20 * 1024));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('<stdin>: is over 10 KB, over the size limit of 10 KB (--max-size): skipped');
  });
});

describe('inputs are never written', () => {
  it('refuses -o naming one of the inputs, exit 2, the input untouched', () => {
    const dir = tmp();
    const input = join(dir, 'in.txt');
    copyFileSync(samplePath(S.guoziwei), input);
    const before = readFileSync(input);
    // named, named through another spelling, or found in a folder given: all the same file
    for (const args of [['matrix', input, '-o', input], ['reuse', input, samplePath(S.changshou), '--out', input], ['export', input, '--out', join(dir, '.', 'in.txt')], ['parse', dir, '-o', input]]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${args.at(-1)} is one of the inputs`);
      expect(readFileSync(input)).toEqual(before);
    }
  });

  it('never reads the page an earlier run wrote into the folder it reads', () => {
    const dir = tmp();
    for (const s of [S.changshou, S.guoziwei]) copyFileSync(samplePath(s), join(dir, s));
    const out = join(dir, 'report.html');
    for (let i = 0; i < 2; i++) {
      const r = run(['report', dir, '--out', out, '--json']);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).reports).toEqual([join(dir, S.changshou), join(dir, S.guoziwei)]);
    }
    // the same with reuse's page, in a folder of its own
    const other = tmp();
    for (const s of [S.changshou, S.guoziwei]) copyFileSync(samplePath(s), join(other, s));
    const page = join(other, 'reuse.html');
    for (let i = 0; i < 2; i++) expect(run(['reuse', other, '-f', 'html', '-o', page, '--min-chars', '8']).status).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('Text reuse in 2 reports');
    // a file of the user's in that place is an input: refused, not overwritten
    const mine = join(dir, 'notes.html');
    writeFileSync(mine, '<html><body><p>我的笔记</p></body></html>');
    const r = run(['report', dir, '--out', mine]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${mine} is one of the inputs`);
    expect(readFileSync(mine, 'utf8')).toContain('我的笔记');
  });
});

describe('writing the output', () => {
  it('keeps the mode of the file it replaces and writes through a symlink', () => {
    const dir = tmp();
    const real = join(dir, 'coverage.csv');
    writeFileSync(real, 'old\n');
    chmodSync(real, 0o600);
    const link = join(dir, 'latest.csv');
    symlinkSync(real, link);
    const r = run(['matrix', SAMPLES, '--section', 'problems', '-f', 'csv', '-o', link]);
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^section,topic,label,/);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['coverage.csv', 'latest.csv']);
  });

  it('a missing folder or a path through a file: one line naming the path, exit 1, nothing left behind', () => {
    const dir = tmp();
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    for (const cmd of [['matrix'], ['reuse'], ['export'], ['report'], ['parse', '--json']]) {
      for (const out of [join(dir, 'missing', 'x.out'), join(file, 'x.out')]) {
        const r = run([...cmd, samplePath(S.guoziwei), samplePath(S.changshou), '-o', out]);
        expect(r.status, `${cmd} -o ${out}`).toBe(1);
        expect(r.stderr).toMatch(new RegExp(`^govdiff: ${out.replace(/[/.]/g, '\\$&')}: could not be written \\((no such directory|a part of the path is not a directory)\\); nothing was changed\\n$`));
        noStack(r.stderr);
      }
    }
    expect(readdirSync(dir)).toEqual(['plain.txt']);
  });

  it.skipIf(!existsSync('/sys/kernel'))('a path it may not write (sysfs, even for root): one line naming the path, exit 1', () => {
    const r = run(['matrix', samplePath(S.guoziwei), '-o', '/sys/kernel/govdiff.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^govdiff: \/sys\/kernel\/govdiff\.csv: could not be written \((permission denied|read-only file system)\); nothing was changed\n$/);
  });

  it.skipIf(!existsSync('/dev/full'))('stdout on a full disk: one line, exit 1, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['parse', SAMPLES], ['parse', '--json', SAMPLES], ['matrix', SAMPLES, '-f', 'csv']]) {
        const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
        expect(r.status).toBe(1);
        expect(r.stderr).toBe('govdiff: the output could not be written (no space left on the device)\n');
      }
    } finally {
      closeSync(full);
    }
  });

  it('a write killed by SIGTERM or Ctrl-C leaves the old file and no temporary', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dir = tmp();
      const target = join(dir, 'big.json');
      writeFileSync(target, 'old');
      // a writer that stalls after its first chunk, as a long write does, and says when it got there
      const script = `
        import { writeOutputFile } from ${JSON.stringify(join(ROOT, 'dist', 'cli', 'output.js'))};
        async function* chunks() { yield 'x'.repeat(1 << 20); process.stdout.write('writing\\n'); await new Promise(() => setInterval(() => {}, 1000)); }
        await writeOutputFile(${JSON.stringify(target)}, chunks());`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((ok) => child.stdout.once('data', () => ok()));
      expect(readdirSync(dir).length).toBe(2); // the temporary is there
      const exited = new Promise<NodeJS.Signals | null>((ok) => child.once('exit', (_code, sig) => ok(sig)));
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(readdirSync(dir)).toEqual(['big.json']);
      expect(readFileSync(target, 'utf8')).toBe('old');
    }
  });
});

describe('inputs that cannot be read whole', () => {
  it('a file over --max-size is named and skipped; the others go on', () => {
    const dir = tmp();
    const big = join(dir, 'big.txt');
    writeFileSync(big, sampleText(S.changshou).repeat(200));
    const r = run(['parse', '--json', big, samplePath(S.guoziwei), '--max-size', '1M']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^govdiff: ${big}: is 1\\.\\d MB, over the size limit of 1 MB \\(--max-size\\): skipped\\n$`));
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(run(['parse', '--json', big]).status).toBe(0); // under the 50 MB default
  });

  it('--max-size takes 10M, 1G, 500K and names what it wants', () => {
    expect(run(['parse', samplePath(S.guoziwei), '--max-size', '1G']).status).toBe(0);
    expect(run(['parse', samplePath(S.guoziwei), '--max-size', '500K']).status).toBe(0);
    const r = run(['parse', samplePath(S.guoziwei), '--max-size', 'lots']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--max-size takes a size such as 500K, 50M or 1G, not "lots"');
  });

  it('a device or a fifo named on the command line is refused, not read forever', () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe.txt');
    const made = spawnSync('mkfifo', [fifo]);
    // a build that opens the fifo blocks for good: the timeout makes that a failure instead of a hang
    const r = spawnSync(process.execPath, [BIN, 'parse', '/dev/zero', ...(made.status === 0 ? [fifo] : []), samplePath(S.guoziwei)], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('govdiff: /dev/zero: is a device, not a report file');
    if (made.status === 0) expect(r.stderr).toContain(`govdiff: ${fifo}: is a named pipe (fifo), not a file`);
    expect(r.stdout).toContain('区国资委');
  });
});
