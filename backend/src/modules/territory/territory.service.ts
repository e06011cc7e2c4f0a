import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { can } from '../../domain/access/permissions.js';
import { DomainError, badInput, forbidden, notFound } from '../../domain/errors.js';
import { isSiren } from '../../domain/territory/epci.js';
import type { Caller } from '../../common/caller.js';
import { isUuid } from '../../common/ids.js';
import { auditActor, recordAudit } from '../audit/audit.js';
import { Epci } from './epci.entity.js';
import type { CataloguePageModel } from './models/territory.models.js';
import { OFFICIAL_SOURCE, officialCatalogue, officialEpci } from './official-data.js';
import { importedEpciIds, upsertOfficialEpci } from './territory-store.js';

export interface ImportSummary {
  epci: Epci;
  created: boolean;
  communesAdded: number;
  communesUpdated: number;
  communesLeft: number;
}

@Injectable()
export class TerritoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** An EPCI's territory is readable by its members, and by the operator who imported it. */
  async getEpci(caller: Caller, id: string): Promise<Epci> {
    const epci = isUuid(id) ? await this.dataSource.getRepository(Epci).findOneBy({ id }) : null;
    if (!epci) throw notFound('Intercommunalité');
    if (!can(caller, 'EPCI_READ', id) && !can(caller, 'EPCI_IMPORT')) {
      throw forbidden("Vous n'êtes pas membre de cette intercommunalité.");
    }
    return epci;
  }

  /** The national list is public data: any signed-in user may search it. */
  async searchCatalogue(search: string, offset: number, limit: number): Promise<CataloguePageModel> {
    if (offset < 0 || limit < 1 || limit > 100) throw badInput('La pagination demande un décalage positif et de 1 à 100 résultats.');
    const page = officialCatalogue()(search.slice(0, 200), offset, limit);
    const importedIds = await importedEpciIds(this.dataSource.manager, page.matches.map((m) => m.epci.siren));
    return {
      total: page.total,
      entries: page.matches.map(({ epci, matchedCommunes }) => ({
        siren: epci.siren,
        name: epci.name,
        kind: epci.kind,
        taxRegime: epci.taxRegime,
        populationMunicipale: epci.populationMunicipale,
        communeCount: epci.communes.length,
        matchedCommunes,
        importedEpciId: importedIds.get(epci.siren) ?? null,
      })),
    };
  }

  async listImported(caller: Caller): Promise<Epci[]> {
    if (!can(caller, 'EPCI_IMPORT')) throw forbidden();
    return this.dataSource.getRepository(Epci).find({ order: { name: 'ASC' } });
  }

  async importEpci(caller: Caller, siren: string): Promise<Epci> {
    if (!can(caller, 'EPCI_IMPORT')) throw forbidden("Seul l'opérateur de la plateforme importe des intercommunalités.");
    const summary = await this.dataSource.transaction((manager) =>
      importFromOfficialData(manager, siren, auditActor(caller)),
    );
    return summary.epci;
  }
}

/**
 * Brings an EPCI and its member communes in from the official data, or refreshes them. Only the
 * official fields are written: anything users entered lives elsewhere and is never touched.
 * Communes that left the EPCI are flagged, not deleted. Idempotent.
 */
export async function importFromOfficialData(
  manager: EntityManager,
  siren: string,
  actor: { actorUserId: string | null; actorLabel: string | null; ip: string | null },
): Promise<ImportSummary> {
  const cleaned = siren.replace(/\s/g, '');
  if (!isSiren(cleaned)) throw badInput('Le SIREN doit comporter 9 chiffres.', { field: 'siren' });
  const official = officialEpci(cleaned);
  if (!official) {
    throw new DomainError('NOT_FOUND', `Aucune intercommunalité à fiscalité propre ne porte le SIREN ${cleaned} dans les données officielles.`);
  }
  const { epciId, created, added, updated, departed } = await upsertOfficialEpci(manager, cleaned, official);
  await recordAudit(manager, {
    ...actor,
    epciId,
    action: 'epci.import',
    entityType: 'epci',
    entityId: epciId,
    after: { siren: cleaned, name: official.nom, source: OFFICIAL_SOURCE, communesAdded: added, communesUpdated: updated, communesLeft: departed },
  });
  const epci = await manager.getRepository(Epci).findOneByOrFail({ id: epciId });
  return { epci, created, communesAdded: added, communesUpdated: updated, communesLeft: departed };
}
