// The costing engine's public API: framework-free, shared by the API and the pages.
export { computeCosting } from './engine.js';
export { CostingError, type CostingErrorReason } from './errors.js';
export { formatEuros } from './explain.js';
export type * from './types.js';
