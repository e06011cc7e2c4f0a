import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import { badInput } from '../../domain/errors.js';
import { isMemberCommune } from './membership-store.js';

/** The object check for a commune named in an input: it must be a member of that EPCI. */
export async function assertCommuneOfEpci(manager: EntityManager, communeId: string, epciId: string) {
  if (!isUuid(communeId) || !(await isMemberCommune(manager, communeId, epciId))) throw badInput("Cette commune n'est pas membre de l'intercommunalité.", { field: 'communeId' });
}
