import { fazhi } from './fazhi.js';
import { xxgk } from './xxgk.js';
import { govWork } from './gov-work.js';
import type { PartDef, Profile } from './types.js';

export type { Profile, PartDef, EmbeddedRule, YearRule, Topic, Deadline } from './types.js';
export { fazhi } from './fazhi.js';
export { xxgk } from './xxgk.js';
export { govWork } from './gov-work.js';

/** Every kind govdiff reads, by id. */
export const PROFILES: Record<string, Profile> = { fazhi, xxgk, [govWork.id]: govWork };
export const DEFAULT_PROFILE = fazhi;

const defs = new WeakMap<Profile, Map<string, PartDef>>();

/** A part's definition in its profile (null for preamble, closing, unknown). */
export function partDef(profile: Profile, id: string): PartDef | null {
  let m = defs.get(profile);
  if (!m) defs.set(profile, (m = new Map(profile.parts.map((p) => [p.id, p]))));
  return m.get(id) ?? null;
}

/** The profile that read a report; reports from before kinds were recorded are 法治 reports. */
export function profileOf(report: { kind?: string }): Profile {
  return (report.kind && PROFILES[report.kind]) || DEFAULT_PROFILE;
}

/** Every part any kind has, each once, kind by kind in template order (what --section and --parts accept). */
export const ALL_PARTS: string[] = [...new Set(Object.values(PROFILES).flatMap((p) => p.order))];

/** The kinds of some reports, each once, in the order met. */
export function kindsOf(reports: Array<{ kind?: string }>): string[] {
  return [...new Set(reports.map((r) => profileOf(r).id))];
}

/** The profile reports share (the first report's when they differ: callers that care check kindsOf first). */
export function commonProfile(reports: Array<{ kind?: string }>): Profile {
  return reports.length ? profileOf(reports[0]) : DEFAULT_PROFILE;
}

/** A part's position in its template (parts outside it sort last). */
export function templateIndex(profile: Profile, id: string): number {
  const i = profile.order.indexOf(id);
  return i < 0 ? profile.order.length : i;
}
