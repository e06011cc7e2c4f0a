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
    const imported: { id: string; siren: string }[] = await this.dataSource.query(`SELECT id, siren FROM epci WHERE siren = ANY($1)`, [
      page.matches.map((m) => m.epci.siren),
    ]);
    const importedIds = new Map(imported.map((e) => [e.siren, e.id]));
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
  const [upserted] = await manager.query(
    `INSERT INTO epci (siren, name, kind, tax_regime, population_municipale, population_totale, official_source)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (siren) DO UPDATE SET
       name = EXCLUDED.name, kind = EXCLUDED.kind, tax_regime = EXCLUDED.tax_regime,
       population_municipale = EXCLUDED.population_municipale, population_totale = EXCLUDED.population_totale,
       official_source = EXCLUDED.official_source, official_data_updated_at = now()
     RETURNING id, (xmax = 0) AS created`,
    [cleaned, official.nom, official.type, official.modeFinancement, official.populationMunicipale, official.populationTotale, OFFICIAL_SOURCE],
  );
  const epciId: string = upserted.id;
  const members = official.membres;
  // One statement for all members, however many (158 for the largest EPCI).
  const counts = await manager.query(
    `WITH incoming AS (
       SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[])
         AS m(insee_code, siren, name, population_municipale, population_totale)
     ), upserted AS (
       INSERT INTO commune (epci_id, insee_code, siren, name, population_municipale, population_totale, is_member)
       SELECT $1, insee_code, siren, name, population_municipale, population_totale, true FROM incoming
       ON CONFLICT (epci_id, insee_code) DO UPDATE SET
         siren = EXCLUDED.siren, name = EXCLUDED.name, population_municipale = EXCLUDED.population_municipale,
         population_totale = EXCLUDED.population_totale, is_member = true
       RETURNING (xmax = 0) AS added
     ), departed AS (
       UPDATE commune SET is_member = false
       WHERE epci_id = $1 AND is_member AND insee_code <> ALL ($2::text[])
       RETURNING 1
     )
     SELECT (SELECT count(*) FILTER (WHERE added) FROM upserted)::int AS added,
            (SELECT count(*) FILTER (WHERE NOT added) FROM upserted)::int AS updated,
            (SELECT count(*) FROM departed)::int AS departed`,
    [
      epciId,
      members.map((m) => m.code),
      members.map((m) => m.siren),
      members.map((m) => m.nom),
      members.map((m) => m.populationMunicipale),
      members.map((m) => m.populationTotale),
    ],
  );
  const { added, updated, departed } = counts[0];
  await recordAudit(manager, {
    ...actor,
    epciId,
    action: 'epci.import',
    entityType: 'epci',
    entityId: epciId,
    after: { siren: cleaned, name: official.nom, source: OFFICIAL_SOURCE, communesAdded: added, communesUpdated: updated, communesLeft: departed },
  });
  const epci = await manager.getRepository(Epci).findOneByOrFail({ id: epciId });
  return { epci, created: upserted.created, communesAdded: added, communesUpdated: updated, communesLeft: departed };
}
