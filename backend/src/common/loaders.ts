import { DataSource } from 'typeorm';
import { Commune } from '../modules/territory/commune.entity.js';
import { BatchLoader } from './batch-loader.js';

/** Per-request loaders for nested fields. */
export interface Loaders {
  communesByEpci: BatchLoader<string, Commune[]>;
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
      const byEpci = new Map<string, Commune[]>();
      for (const row of rows) byEpci.set(row.epciId, [...(byEpci.get(row.epciId) ?? []), row]);
      return byEpci;
    }, []),
  };
}
