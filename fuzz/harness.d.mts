// Types of fuzz/harness.mjs for the TypeScript test that uses it.
import type { Arbitrary } from 'fast-check';

export const MS_PER_100KB: number;

export interface Seed {
  name: string;
  text: string;
}

export interface FuzzCase {
  note: string;
  file: string;
  bytes: Uint8Array;
  text?: string;
}

/** The stages under test, from src/ (vitest) or dist/ (npm run fuzz). */
export interface Pipeline {
  decodeReport(file: string, bytes: Uint8Array): unknown;
  InputError: new (...args: never[]) => Error;
  parseDecoded(decoded: never): unknown;
  parseReport(text: string, file?: string): unknown;
  renderOutline(report: never, ctx: never, opts: { depth: number }): string;
  makeContext(opts: { color: boolean; width: number }): unknown;
  reportToJson(report: never): unknown;
  /** normalize's character-level repairs, for the conservation check once reports list what they removed. */
  repairs?: {
    basicCleanup(t: string): string;
    repairLostSpaces(t: string): { text: string };
    stripPinyin(t: string): { text: string };
    foldWidth(t: string): string;
    convertToSimplified(t: string): string;
  };
}

export function loadSeeds(root: string): Seed[];
export function caseArbitrary(seeds: Seed[], opts?: { big?: boolean }): Arbitrary<FuzzCase>;

export class Stats {
  cases: number;
  rejected: number;
  bytes: number;
  largest: number;
  worstPer100KB: number;
  worstNote: string;
  peakRss: number;
  peakHeap: number;
}

export function runCase(api: Pipeline, c: FuzzCase, stats: Stats): void;
