import { Foundation1795363200000 } from './1795363200000-foundation.js';

/** Every migration, in order. A new migration is added here and never edited once merged. */
export const MIGRATIONS = [Foundation1795363200000];
