// Comparing reports across agencies: plain data in (Report[]), plain data out. Nothing here prints.
//
// Data shapes (all JSON-safe; offsets are UTF-16 indices into that report's Report.text):
//   compareReports(reports, { sections, topics, minSimilarity }) → Comparison
//     { columns: Column[], sections: [ { section, headings: SectionHeading[], rows: ComparisonRow[] } ] }
//     Column          { file, agency }                        agency = short header name, distinct per column
//     ComparisonRow   { id, section, label, topic, reports, unique, shared, cohesion, cells: [ { file, units: UnitRef[] } ] }
//                     with { sparse: true } (the CLI's JSON) cells only where units ≠ []; denseCells(cells, columns) fills in
//     UnitRef         { marker, title, parent, text, start, end }
//   buildMatrix(reports, { by: 'topic' | 'item', sections, topics, empty }) → Matrix
//     { columns: [ { file, agency } ], rows: [ { section, topic, label, cells: [ { file, count, negated, evidence } ] } ] }
//     Evidence        { marker, title, quote, negated, start, end }
//   diffReports(a, b, { sections, granularity }) → ReportDiff
//     { a: Column, b: Column, sections: [ { section, pairs: UnitPair[] } ], stats }
//     UnitPair        { a: UnitRef | null, b: UnitRef | null, similarity, changes: Change[], aborted }
//     Change          { value, added, removed }
// Columns and cells are always in column order (reports sorted by file), one cell per column unless sparse.
export { compareReports, orderReports, columnsOf, dominantTopic, denseCells } from './compare.js';
export type { Column, UnitRef, ComparisonCell, ComparisonRow, ComparisonSection, SectionHeading, Comparison, CompareOptions } from './compare.js';
export { buildMatrix } from './matrix.js';
export type { Matrix, MatrixRow, MatrixCell, Evidence, MatrixOptions } from './matrix.js';
export { diffReports, diffTexts } from './diff.js';
export type { ReportDiff, SectionDiff, UnitPair, Change, DiffOptions } from './diff.js';
export { alignUnits, DEFAULT_MIN_SIMILARITY } from './align.js';
export type { Group, AlignOptions } from './align.js';
export { unitsOf, sectionsOf, sentences } from './units.js';
export type { Unit } from './units.js';
export { compileTopics, mentionsIn, loadTopics, parseTopics } from './topics.js';
export type { Mention, CompiledTopic } from './topics.js';
export { shortAgencyNames, agencyOf, nameForms } from './agency.js';
export { STOCK_PHRASES } from './similarity.js';
