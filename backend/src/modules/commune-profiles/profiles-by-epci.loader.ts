import type { EntityManager } from 'typeorm';
import { BatchLoader, groupBy } from '../../common/batch-loader.js';
import { loadProfiles, type StoredProfile } from './profile-store.js';

/** Each EPCI's commune profiles by commune id, for all the EPCI asked for during one tick, in one statement. */
export const profilesByEpciLoader = (manager: EntityManager) =>
  new BatchLoader<string, Map<string, StoredProfile>>(async (epciIds) => {
    const byEpci = groupBy(await loadProfiles(manager, epciIds), (p) => p.epciId);
    return new Map([...byEpci].map(([epciId, profiles]) => [epciId, new Map(profiles.map((p) => [p.communeId, p]))]));
  }, new Map());
