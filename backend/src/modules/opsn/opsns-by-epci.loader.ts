import type { EntityManager } from 'typeorm';
import { BatchLoader, groupBy } from '../../common/batch-loader.js';
import { loadOpsns, type StoredOpsn } from './opsn-store.js';

/** Each EPCI's OPSN registry, for all the EPCI asked for during one tick, in one statement. */
export const opsnsByEpciLoader = (manager: EntityManager) =>
  new BatchLoader<string, StoredOpsn[]>(async (epciIds) => groupBy(await loadOpsns(manager, epciIds), (o) => o.epciId), []);
