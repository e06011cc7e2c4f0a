import type { EntityManager } from 'typeorm';
import { Lru } from '../../common/lru.js';
import type { TaxRegime } from '../../domain/costing/types.js';
import { DomainError, notFound } from '../../domain/errors.js';
import type { SchemeAction } from '../../domain/scheme/action.js';
import { figuresStampSql } from '../commune-profiles/profile-store.js';

/** A draft scheme with its actions, as one SQL statement reads it. */
export interface StoredScheme {
  id: string;
  epciId: string;
  taxRegime: TaxRegime;
  title: string;
  description: string;
  mandate: { first: number; last: number };
  revision: number;
  duplicatedFromId: string | null;
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
  updatedBy: string | null;
  archivedAt: Date | null;
  actions: (SchemeAction & { position: number })[];
  /** The stamp of its EPCI's commune figures when it was read (figuresStampSql): with its revision, what its costing is keyed by. */
  figuresStamp: string;
}

/**
 * The SELECT of StoredScheme. `unlessRevision` (an SQL expression) skips the actions of a draft at
 * that revision; `epci` (an SQL expression) is whose figures' stamp is computed: a parameter when
 * every row is of one EPCI, so that the database computes it once, not once per scheme.
 */
const schemeSelect = ({ unlessRevision = 'NULL', epci = 's.epci_id' } = {}) => `
  SELECT s.id, s.epci_id AS "epciId", e.tax_regime AS "taxRegime", s.title, s.description,
         json_build_object('first', s.mandate_first, 'last', s.mandate_last) AS mandate, s.revision,
         s.duplicated_from AS "duplicatedFromId", s.created_at AS "createdAt", cu.name AS "createdBy",
         s.updated_at AS "updatedAt", uu.name AS "updatedBy", s.archived_at AS "archivedAt",
         CASE WHEN s.revision = ${unlessRevision} THEN NULL
              ELSE COALESCE((SELECT json_agg(a.definition || jsonb_build_object('id', a.id, 'position', a.position) ORDER BY a.position)
                             FROM scheme_action a WHERE a.scheme_id = s.id), '[]') END AS actions,
         ${figuresStampSql(epci)} AS "figuresStamp"
  FROM scheme s
  JOIN epci e ON e.id = s.epci_id
  LEFT JOIN app_user cu ON cu.id = s.created_by
  LEFT JOIN app_user uu ON uu.id = s.updated_by`;

export async function loadScheme(manager: EntityManager, id: string): Promise<StoredScheme | null> {
  const [scheme] = await manager.query(`${schemeSelect()} WHERE s.id = $1`, [id]);
  return scheme ?? null;
}

// The actions of the drafts read last, at the revision they were read at: most of a large draft's
// row, and the same until its revision changes (every change of its actions bumps it, in the same
// transaction). A few drafts: a large one's actions weigh a megabyte or two in memory.
const recentActions = new Lru<string, { revision: number; actions: StoredScheme['actions'] }>(16);

/**
 * Like loadScheme, with the actions of a revision already read taken from memory rather than read
 * and parsed again. For reads only: the actions are shared between requests, never to be changed.
 */
export async function readScheme(manager: EntityManager, id: string): Promise<StoredScheme | null> {
  const known = recentActions.get(id);
  const [scheme] = await manager.query(`${schemeSelect({ unlessRevision: '$2' })} WHERE s.id = $1`, [id, known?.revision ?? null]);
  if (!scheme) return null;
  if (scheme.actions === null) return { ...scheme, actions: known!.actions };
  recentActions.set(id, { revision: scheme.revision, actions: scheme.actions });
  return scheme;
}

/** The EPCI's schemes still in use, newest first; or its archived ones, the latest archived first. */
export function loadSchemes(manager: EntityManager, epciId: string, archived = false): Promise<StoredScheme[]> {
  const which = archived ? 's.archived_at IS NOT NULL ORDER BY s.archived_at DESC' : 's.archived_at IS NULL ORDER BY s.created_at DESC';
  return manager.query(`${schemeSelect({ epci: '$1::uuid' })} WHERE s.epci_id = $1 AND ${which}`, [epciId]);
}

/** The actions of an EPCI's schemes still in use, with their scheme's title (what a metric is used by). */
export function loadLiveActions(manager: EntityManager, epciId: string): Promise<{ id: string; scheme: string; definition: SchemeAction }[]> {
  return manager.query(
    `SELECT a.id, s.title AS scheme, a.definition FROM scheme_action a JOIN scheme s ON s.id = a.scheme_id
     WHERE s.epci_id = $1 AND s.archived_at IS NULL ORDER BY s.title, a.position`,
    [epciId],
  );
}

export async function insertScheme(manager: EntityManager, epciId: string, details: SchemeDetails, userId: string): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO scheme (epci_id, title, description, mandate_first, mandate_last, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [epciId, details.title, details.description, details.mandate.first, details.mandate.last, userId],
  );
  return id;
}

/** A copy of a scheme and its actions under a new title; returns the copy's id. */
export async function copyScheme(manager: EntityManager, sourceId: string, title: string, userId: string): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO scheme (epci_id, title, description, mandate_first, mandate_last, duplicated_from, created_by, updated_by)
     SELECT epci_id, $2, description, mandate_first, mandate_last, id, $3, $3 FROM scheme WHERE id = $1 RETURNING id`,
    [sourceId, title, userId],
  );
  await manager.query(
    `INSERT INTO scheme_action (scheme_id, position, definition) SELECT $2, position, definition FROM scheme_action WHERE scheme_id = $1`,
    [sourceId, id],
  );
  return id;
}

export async function archiveScheme(manager: EntityManager, schemeId: string): Promise<void> {
  await manager.query(`UPDATE scheme SET archived_at = now() WHERE id = $1`, [schemeId]);
}

/** Brings an archived scheme back into the list as one more revision, only if nobody changed it since the user saw it. */
export async function unarchiveScheme(manager: EntityManager, schemeId: string, expectedRevision: number, userId: string): Promise<boolean> {
  // Selected from a CTE: the driver answers an UPDATE with [rows, count], a SELECT with its rows.
  const rows = await manager.query(
    `WITH restored AS (
       UPDATE scheme SET archived_at = NULL, revision = revision + 1, updated_by = $3, updated_at = now()
       WHERE id = $1 AND revision = $2 AND archived_at IS NOT NULL RETURNING id
     ) SELECT id FROM restored`,
    [schemeId, expectedRevision, userId],
  );
  return rows.length === 1;
}

export async function insertAction(manager: EntityManager, schemeId: string, position: number, action: SchemeAction): Promise<void> {
  await manager.query(`INSERT INTO scheme_action (id, scheme_id, position, definition) VALUES ($1, $2, $3, $4)`, [
    action.id,
    schemeId,
    position,
    JSON.stringify(definitionOf(action)),
  ]);
}

export async function updateAction(manager: EntityManager, action: SchemeAction): Promise<void> {
  await manager.query(`UPDATE scheme_action SET definition = $2, updated_at = now() WHERE id = $1`, [action.id, JSON.stringify(definitionOf(action))]);
}

/** Removes an action and closes the gap it leaves in the order. */
export async function deleteAction(manager: EntityManager, schemeId: string, actionId: string, position: number): Promise<void> {
  await manager.query(`DELETE FROM scheme_action WHERE id = $1`, [actionId]);
  await manager.query(`UPDATE scheme_action SET position = position - 1 WHERE scheme_id = $1 AND position > $2`, [schemeId, position]);
}

/** Puts the scheme's actions in this order of ids. */
export async function reorderActions(manager: EntityManager, schemeId: string, order: readonly string[]): Promise<void> {
  await manager.query(
    `UPDATE scheme_action a SET position = o.position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
     WHERE a.scheme_id = $1 AND a.id = o.id`,
    [schemeId, order],
  );
}

/** Locks a draft's row until the transaction ends (freezing: numbers follow one another). */
export async function lockScheme(manager: EntityManager, schemeId: string): Promise<void> {
  await manager.query(`SELECT 1 FROM scheme WHERE id = $1 FOR UPDATE`, [schemeId]);
}

/**
 * Claims the next revision of a draft for one change: only if nobody saved since the user loaded
 * it. The row stays locked until the transaction ends, so concurrent changes queue up.
 */
export async function claimRevision(manager: EntityManager, schemeId: string, expectedRevision: number, userId: string): Promise<number> {
  const [claimed] = await manager.query(
    `WITH claimed AS (
       UPDATE scheme SET revision = revision + 1, updated_by = $3, updated_at = now()
       WHERE id = $1 AND revision = $2 AND archived_at IS NULL RETURNING revision
     ) SELECT revision FROM claimed`,
    [schemeId, expectedRevision, userId],
  );
  if (claimed) return claimed.revision;
  const current = await loadScheme(manager, schemeId);
  if (!current) throw notFound('Schéma');
  if (current.archivedAt) throw new DomainError('INVALID_STATE', 'Ce schéma est archivé : il ne se modifie plus.');
  const when = current.updatedAt.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
  throw new DomainError(
    'CONFLICT',
    `${current.updatedBy ?? "Quelqu'un"} a modifié ce schéma à ${when}, après que vous l'avez ouvert. ` +
      "Votre saisie n'a pas été enregistrée mais elle est conservée : vérifiez sa modification puis enregistrez de nouveau.",
    { currentRevision: current.revision, updatedBy: current.updatedBy, updatedAt: current.updatedAt.toISOString() },
  );
}

/** An action's definition as stored: everything but its id, which is a column. */
export function definitionOf(action: SchemeAction): Omit<SchemeAction, 'id'> {
  const { id: _id, ...definition } = action;
  return definition;
}

/** A draft's own fields, as the details form and a restored version write them. */
export interface SchemeDetails {
  title: string;
  description: string;
  mandate: { first: number; last: number };
}

export async function writeSchemeDetails(manager: EntityManager, schemeId: string, details: SchemeDetails): Promise<void> {
  await manager.query(`UPDATE scheme SET title = $2, description = $3, mandate_first = $4, mandate_last = $5 WHERE id = $1`, [
    schemeId,
    details.title,
    details.description,
    details.mandate.first,
    details.mandate.last,
  ]);
}

/** Replaces all of a draft's actions, keeping their ids and order. */
export async function replaceActions(manager: EntityManager, schemeId: string, actions: readonly SchemeAction[]): Promise<void> {
  await manager.query(`DELETE FROM scheme_action WHERE scheme_id = $1`, [schemeId]);
  await manager.query(
    `INSERT INTO scheme_action (id, scheme_id, position, definition)
     SELECT (a ->> 'id')::uuid, $1, o.position - 1, a -> 'definition' FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS o(a, position)`,
    [schemeId, JSON.stringify(actions.map((action) => ({ id: action.id, definition: definitionOf(action) })))],
  );
}
