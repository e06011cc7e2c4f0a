import { can } from '../domain/access/permissions.js';
import { forbidden } from '../domain/errors.js';
import type { Caller } from './caller.js';

/**
 * Field resolvers check access themselves: an EPCI or a commune reached through another query (the
 * operator's list of imported EPCI) carries official data only, and what its members drafted —
 * figures, OPSN registry, usage metrics — needs a membership of that EPCI.
 */
export function assertMayReadEpciData(caller: Caller, epciId: string): void {
  if (!can(caller, 'EPCI_READ', epciId)) throw forbidden("Ces données sont réservées aux membres de l'intercommunalité.");
}
