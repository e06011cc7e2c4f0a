import type { EntityManager } from 'typeorm';
import { BatchLoader } from '../../common/batch-loader.js';
import { loadStampedProfiles, type StoredProfile } from './profile-store.js';

/** An EPCI's commune profiles by commune id, with the stamp of exactly these figures. */
export interface EpciProfiles {
  stamp: string;
  byCommune: Map<string, StoredProfile>;
}

/** Each EPCI's commune profiles, for all the EPCI asked for during one tick, in one statement. */
export const profilesByEpciLoader = (manager: EntityManager) =>
  new BatchLoader<string, EpciProfiles>(
    async (epciIds) =>
      new Map([...(await loadStampedProfiles(manager, epciIds))].map(([epciId, { stamp, profiles }]) => [epciId, { stamp, byCommune: new Map(profiles.map((p) => [p.communeId, p])) }])),
    { stamp: '', byCommune: new Map() },
  );
