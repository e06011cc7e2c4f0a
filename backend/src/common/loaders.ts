import type { DataSource } from 'typeorm';
import { profilesByEpciLoader } from '../modules/commune-profiles/profiles-by-epci.loader.js';
import { usageMetricsByEpciLoader } from '../modules/commune-profiles/usage-metrics-by-epci.loader.js';
import { opsnsByEpciLoader } from '../modules/opsn/opsns-by-epci.loader.js';
import { communesByEpciLoader } from '../modules/territory/communes-by-epci.loader.js';

/**
 * Per-request loaders for nested fields, one per kind of child, each defined with its module: one
 * SQL statement per kind of child, whatever the number of parents. Created per request, never shared.
 */
export function createLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    communesByEpci: communesByEpciLoader(manager),
    profilesByEpci: profilesByEpciLoader(manager),
    usageMetricsByEpci: usageMetricsByEpciLoader(manager),
    opsnsByEpci: opsnsByEpciLoader(manager),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
