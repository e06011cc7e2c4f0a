import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import { badInput } from '../../domain/errors.js';

/** The object check for a commune named in an input: it must be a member of that EPCI. */
export async function assertCommuneOfEpci(manager: EntityManager, communeId: string, epciId: string) {
  const found = isUuid(communeId)
    ? await manager.query(`SELECT 1 FROM commune WHERE id = $1 AND epci_id = $2 AND is_member`, [communeId, epciId])
    : [];
  if (found.length === 0) throw badInput("Cette commune n'est pas membre de l'intercommunalité.", { field: 'communeId' });
}
