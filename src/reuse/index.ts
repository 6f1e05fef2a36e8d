// Text reuse across reports: the library API of `govdiff reuse` and `govdiff export`.
export { findReuse, sectionAt, DEFAULT_MIN_CHARS, FORMULA_MIN_CHARS, FORMULA_MAX_CHARS, DEFAULT_PAIR_MAX_REPORTS, DEFAULT_GROUP_MIN_CONTAINMENT } from './analyze.js';
export { foldText } from './normalize.js';
export type * from './types.js';
export { toPassimRecord, toPassimLines, type PassimRecord } from './export.js';
export { seriesKeys, seriesReuse, type SeriesKey, type SeriesResult } from './series.js';
