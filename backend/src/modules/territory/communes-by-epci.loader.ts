import type { EntityManager } from 'typeorm';
import { BatchLoader, groupBy } from '../../common/batch-loader.js';
import { Commune } from './commune.entity.js';

/** The member communes of each EPCI asked for during one tick, in one statement, by INSEE code. */
export const communesByEpciLoader = (manager: EntityManager) =>
  new BatchLoader<string, Commune[]>(async (epciIds) => {
    const rows = await manager
      .getRepository(Commune)
      .createQueryBuilder('c')
      .where('c.epciId IN (:...epciIds) AND c.isMember', { epciIds })
      .orderBy('c.inseeCode')
      .getMany();
    return groupBy(rows, (c) => c.epciId);
  }, []);
