// Topics of 法治政府建设 work; filled in by the compare stage.
import type { Topic } from './types.js';

export const FAZHI_TOPICS: Topic[] = [];
