// The profile that read a report (kept as its own module for the analyses that import it).
export { profileOf } from './index.js';
