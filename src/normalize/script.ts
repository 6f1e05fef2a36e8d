// Traditional or simplified, and conversion to simplified with OpenCC.
import { createRequire } from 'node:module';
import type { Script } from '../model.js';

// Frequent characters of these reports that differ between the scripts, as traditional/simplified pairs.
const PAIRS =
  '這这們们個个來来時时國国會会為为說说對对與与學学過过後后發发經经現现進进動动種种樣样從从當当開开關关還还問问點点應应體体電电長长實实員员' +
  '東东幾几頭头麼么內内結结聯联見见變变總总業业產产義义區区場场將将導导務务設设強强黨党記记據据則则費费認认識识轉转權权處处計计統统議议報报' +
  '領领規规組组織织級级機机構构職职責责審审檢检監监縣县鄉乡鎮镇廳厅鄰邻執执訂订範范條条憲宪興兴維维護护爭争辦办';

// one byte per UTF-16 code unit: 1 traditional, 2 simplified — a lookup is far cheaper than a Set of strings
const KIND = new Uint8Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  if (PAIRS[i] !== PAIRS[i + 1]) {
    KIND[PAIRS.charCodeAt(i)] = 1;
    KIND[PAIRS.charCodeAt(i + 1)] = 2;
  }
}

/** Counts telltale characters of each script in the text's first 50,000 characters (enough to tell). */
export function detectScript(text: string): { script: Script; traditional: number; simplified: number } {
  const n = Math.min(text.length, 50_000);
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < n; i++) {
    const k = KIND[text.charCodeAt(i)];
    if (k === 1) traditional++;
    else if (k === 2) simplified++;
  }
  return { script: traditional > simplified ? 'traditional' : 'simplified', traditional, simplified };
}

type Convert = (s: string) => string;
let toSimplified: Convert | null = null;

/** Converts traditional text to simplified; OpenCC's dictionaries load on first use only (~30 ms). */
export function convertToSimplified(text: string): string {
  if (!toSimplified) {
    // the CommonJS build loads synchronously, so the library API can stay synchronous
    const OpenCC = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): Convert };
    // from 'tw' reads phrases: 著力 → 着力, 接著 → 接着, while 显著 and 著名 keep 著 ('t' leaves every 著 alone)
    toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  }
  return toSimplified(text);
}
