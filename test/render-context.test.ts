import { describe, it, expect } from 'vitest';
import { wrapText, truncate, displayWidth, padTo, wantsColor } from '../src/render/context.js';

const narrow = { ambiguousWide: false };
const wide = { ambiguousWide: true };

describe('display width', () => {
  it('counts Han characters and full-width punctuation as two columns, ASCII as one', () => {
    expect(displayWidth('法治政府', narrow)).toBe(8);
    expect(displayWidth('(一)2021年,', narrow)).toBe(2 + 2 + 4 + 2 + 1);
    expect(displayWidth('《宪法》。', narrow)).toBe(10);
  });

  it('counts East-Asian-ambiguous marks as one column unless asked', () => {
    expect(displayWidth('“三会一课”', narrow)).toBe(1 + 8 + 1);
    expect(displayWidth('“三会一课”', wide)).toBe(2 + 8 + 2);
    expect(displayWidth('……', wide)).toBe(4);
  });

  it('wraps Chinese at the width without cutting a character, keeping every character', () => {
    const text = '严格落实重大行政决策程序,全年审查重大行政决策26件,提出修改建议意见25条。';
    const lines = wrapText(text, 15, narrow);
    expect(lines.every((l) => displayWidth(l, narrow) <= 15)).toBe(true);
    expect(lines.join('')).toBe(text);
    expect(lines[0]).toBe('严格落实重大行'); // 14 columns: the next Han character would make 16
  });

  it('keeps closing punctuation off the start of a line (禁则)', () => {
    const text = '严格落实重大行政决策程序,全年审查重大行政决策26件。';
    const lines = wrapText(text, 24, narrow);
    expect(lines.join('')).toBe(text);
    expect(lines.every((l) => !/^[,。、;:]/.test(l))).toBe(true);
    expect(lines.every((l) => displayWidth(l, narrow) <= 24)).toBe(true);
    expect(lines[0]).toBe('严格落实重大行政决策程');
    expect(lines[1]).toBe('序,全年审查重大行政决策2');
  });

  it('truncates with an ellipsis inside the width', () => {
    expect(truncate('深入学习贯彻习近平法治思想', 10, narrow)).toBe('深入学习…');
    expect(displayWidth(truncate('深入学习贯彻习近平法治思想', 10, wide), wide)).toBeLessThanOrEqual(10);
    expect(truncate('短', 10, narrow)).toBe('短');
    expect(padTo('法治', 6, narrow)).toBe('法治  ');
  });

  it('handles a paragraph of 300,000 characters (Intl.Segmenter would be quadratic on it)', () => {
    const text = '法治政府建设,'.repeat(50_000);
    expect(displayWidth(truncate(text, 80, narrow), narrow)).toBeLessThanOrEqual(80);
    const lines = wrapText(text, 100, narrow);
    expect(lines.join('')).toBe(text);
  });
});

describe('colour', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  it('is off with NO_COLOR, on with FORCE_COLOR or --color, on a terminal otherwise', () => {
    expect(wantsColor({ stream: tty, env: { NO_COLOR: '1' } })).toBe(false);
    expect(wantsColor({ stream: tty, env: {} })).toBe(true);
    expect(wantsColor({ stream: { isTTY: false } as NodeJS.WriteStream, env: {} })).toBe(false);
    expect(wantsColor({ stream: { isTTY: false } as NodeJS.WriteStream, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(wantsColor({ color: true, env: { NO_COLOR: '1' } })).toBe(true);
    expect(wantsColor({ color: false, stream: tty, env: {} })).toBe(false);
  });
});
