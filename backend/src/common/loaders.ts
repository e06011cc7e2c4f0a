import { DataSource } from 'typeorm';
import { loadMetrics, loadProfiles, type StoredMetric, type StoredProfile } from '../modules/commune-profiles/profile-store.js';
import { loadOpsns, type StoredOpsn } from '../modules/opsn/opsn-store.js';
import { Commune } from '../modules/territory/commune.entity.js';
import { BatchLoader } from './batch-loader.js';

/** Per-request loaders for nested fields: one SQL statement per kind of child, whatever the number of parents. */
export interface Loaders {
  communesByEpci: BatchLoader<string, Commune[]>;
  profilesByEpci: BatchLoader<string, Map<string, StoredProfile>>;
  usageMetricsByEpci: BatchLoader<string, StoredMetric[]>;
  opsnsByEpci: BatchLoader<string, StoredOpsn[]>;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    communesByEpci: new BatchLoader(async (epciIds) => {
      const rows = await dataSource
        .getRepository(Commune)
        .createQueryBuilder('c')
        .where('c.epciId IN (:...epciIds) AND c.isMember', { epciIds })
        .orderBy('c.inseeCode')
        .getMany();
      return groupBy(rows, (c) => c.epciId);
    }, []),
    profilesByEpci: new BatchLoader(async (epciIds) => {
      const byEpci = groupBy(await loadProfiles(dataSource.manager, epciIds), (p) => p.epciId);
      return new Map([...byEpci].map(([epciId, profiles]) => [epciId, new Map(profiles.map((p) => [p.communeId, p]))]));
    }, new Map()),
    usageMetricsByEpci: new BatchLoader(async (epciIds) => groupBy(await loadMetrics(dataSource.manager, epciIds), (m) => m.epciId), []),
    opsnsByEpci: new BatchLoader(async (epciIds) => groupBy(await loadOpsns(dataSource.manager, epciIds), (o) => o.epciId), []),
  };
}
