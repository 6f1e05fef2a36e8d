// Start-up is the user's time: each command loads only its own modules, and listing the commands loads none.
// Checked by what Node resolves while the built CLI runs (a module hook logs every dist/ file loaded).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SAMPLES } from './helpers/samples.js';
import { COMMANDS } from '../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'govdiff-loads-'));
writeFileSync(
  join(dir, 'hooks.mjs'),
  `export async function resolve(s, c, next) { const r = await next(s, c); const m = /\\/dist\\/(.*)\\.js$/.exec(r.url); if (m) process.stderr.write('LOADED ' + m[1] + '\\n'); return r; }\n`,
);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);

function loaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, join(ROOT, 'bin', 'govdiff.js'), ...args], { encoding: 'utf8' });
  return [...new Set(r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7)))];
}

const HEAVY = /^(compare|reuse|report|check)\/|^render\/(html|columns|table|reuse|diff|csv|markdown|check)$/;

describe('what each command loads', () => {
  it('--help lists the commands without loading any of them, nor the parser', () => {
    const mods = loaded(['--help']);
    expect(mods).toContain('cli/main');
    // cli/output guards stdout from the first write (node built-ins only)
    expect(mods.filter((m) => !['cli/main', 'cli/usage', 'cli/output'].includes(m))).toEqual([]);
  });

  it('parse (outline and --json) loads no compare, reuse, report or HTML code', () => {
    for (const args of [['parse', SAMPLES], ['parse', '--json', SAMPLES]]) {
      const mods = loaded(args);
      expect(mods).toContain('parse/index');
      expect(mods.filter((m) => HEAVY.test(m) || (m.startsWith('cli/') && !['cli/main', 'cli/usage', 'cli/shared', 'cli/parse', 'cli/output', 'cli/pager', 'cli/progress'].includes(m)))).toEqual([]);
    }
  });

  it('the listing names each command as its module does', async () => {
    for (const entry of Object.values(COMMANDS)) {
      const mod = await entry.load();
      expect({ command: entry.command, describe: entry.describe }).toEqual({ command: mod.command, describe: mod.describe });
    }
  });
});
