import { fazhi } from './fazhi.js';
import type { Profile } from './types.js';

export type { Profile, PartRule, EmbeddedRule, Topic } from './types.js';
export { fazhi } from './fazhi.js';

export const PROFILES: Record<string, Profile> = { fazhi };
export const DEFAULT_PROFILE = fazhi;
