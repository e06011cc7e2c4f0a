import type { EntityManager } from 'typeorm';
import { BatchLoader, groupBy } from '../../common/batch-loader.js';
import { loadMetrics, type StoredMetric } from './profile-store.js';

/** Each EPCI's usage metrics, for all the EPCI asked for during one tick, in one statement. */
export const usageMetricsByEpciLoader = (manager: EntityManager) =>
  new BatchLoader<string, StoredMetric[]>(async (epciIds) => groupBy(await loadMetrics(manager, epciIds), (m) => m.epciId), []);
