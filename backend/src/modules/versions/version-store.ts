import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { canonicalJson } from '../../domain/versions/canonical.js';
import type { VersionContent } from '../../domain/versions/diff.js';

export interface VersionSummary {
  id: string;
  schemeId: string;
  epciId: string;
  number: number;
  message: string;
  parentId: string | null;
  authorName: string;
  frozenAt: Date;
  draftRevision: number;
  totals: { epciCents: number; communesCents: number; totalCents: number; actionCount: number };
  sha256: string;
}

export interface StoredVersion extends VersionSummary {
  content: VersionContent;
}

export const sha256Of = (content: unknown) => createHash('sha256').update(canonicalJson(content)).digest('hex');

const SUMMARY_COLUMNS = `id, scheme_id AS "schemeId", epci_id AS "epciId", number, message, parent_id AS "parentId",
  author_name AS "authorName", frozen_at AS "frozenAt", draft_revision AS "draftRevision", totals, content_sha256 AS "sha256"`;

export function loadVersionSummaries(manager: EntityManager, schemeIds: readonly string[]): Promise<VersionSummary[]> {
  return manager.query(`SELECT ${SUMMARY_COLUMNS} FROM scheme_version WHERE scheme_id = ANY($1::uuid[]) ORDER BY number DESC`, [schemeIds]);
}

export function loadVersions(manager: EntityManager, ids: readonly string[]): Promise<StoredVersion[]> {
  return manager.query(`SELECT ${SUMMARY_COLUMNS}, content FROM scheme_version WHERE id = ANY($1::uuid[])`, [ids]);
}

/** Inserts the next version of a scheme (number and parent follow the latest) and returns it. */
export async function insertVersion(
  manager: EntityManager,
  version: Pick<StoredVersion, 'schemeId' | 'epciId' | 'message' | 'draftRevision' | 'totals' | 'content' | 'sha256'> & { authorId: string },
): Promise<VersionSummary> {
  const [inserted]: VersionSummary[] = await manager.query(
    `INSERT INTO scheme_version (scheme_id, epci_id, number, message, parent_id, author_id, author_name, draft_revision, totals, content, content_sha256)
     SELECT $1, $2, COALESCE(latest.number, 0) + 1, $3, latest.id, u.id, u.name, $4, $5, $6, $7
     FROM app_user u LEFT JOIN LATERAL (SELECT id, number FROM scheme_version WHERE scheme_id = $1 ORDER BY number DESC LIMIT 1) latest ON true
     WHERE u.id = $8
     RETURNING ${SUMMARY_COLUMNS}`,
    [version.schemeId, version.epciId, version.message, version.draftRevision, JSON.stringify(version.totals), JSON.stringify(version.content), version.sha256, version.authorId],
  );
  return inserted;
}
