// A few hundred fuzz cases per run: random bytes, random CJK, mutated real reports, through every stage from bytes
// to the outline and JSON (fuzz/harness.mjs). The seed is random and in the test's name; replay a failure with
// FUZZ_SEED=N npx vitest run test/fuzz.test.ts, or npm run fuzz -- --seed N --small --runs 250. The long run, with
// large cases, is npm run fuzz (10,000 cases).
import { it } from 'vitest';
import fc from 'fast-check';
import { loadSeeds, caseArbitrary, runCase, Stats, type Pipeline } from '../fuzz/harness.mjs';
import { decodeReport } from '../src/ingest/index.js';
import { InputError } from '../src/model.js';
import { parseDecoded, parseReport } from '../src/parse/index.js';
import { renderOutline } from '../src/render/outline.js';
import { makeContext } from '../src/render/context.js';
import { reportToJson } from '../src/cli/parse.js';
import { basicCleanup, repairLostSpaces, stripPinyin, foldWidth } from '../src/normalize/repair.js';
import { convertToSimplified } from '../src/normalize/script.js';
import { ROOT } from './helpers/samples.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const repairs = { basicCleanup, repairLostSpaces, stripPinyin, foldWidth, convertToSimplified };
const api = { decodeReport, InputError, parseDecoded, parseReport, renderOutline, makeContext, reportToJson, repairs } as unknown as Pipeline;

it(`${RUNS} fuzz cases, seed ${SEED}: no exception escapes, sections are slices of the text, prose survives`, { timeout: 120_000 }, () => {
  const stats = new Stats();
  fc.assert(
    fc.property(caseArbitrary(loadSeeds(ROOT)), (c) => runCase(api, c, stats)),
    { seed: SEED, numRuns: RUNS },
  );
});
