// The profile a report was read with: its kind's wording and parts, for analyses that must not hold any themselves.
import type { Report } from '../model.js';
import type { Profile } from './types.js';
import { PROFILES, DEFAULT_PROFILE } from './index.js';

/** PROFILES[report.kind], or the default profile for a report read before reports carried their kind. */
export function profileOf(report: Report): Profile {
  const kind = (report as { kind?: string }).kind;
  return (kind !== undefined && Object.hasOwn(PROFILES, kind) ? PROFILES[kind] : undefined) ?? DEFAULT_PROFILE;
}
