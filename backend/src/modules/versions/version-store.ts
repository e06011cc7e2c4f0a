import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { constants, gunzipSync, gzip } from 'node:zlib';
import type { EntityManager } from 'typeorm';
import { versionStatusOf, type VersionStatus } from '../../domain/consultation/lifecycle.js';
import { canonicalJson } from '../../domain/versions/canonical.js';
import { comparableOf, type ComparableContent, type CostedAction, type VersionContent } from '../../domain/versions/diff.js';
import { loadStampedProfiles } from '../commune-profiles/profile-store.js';
import { cachedSchemeCosting } from '../schemes/scheme-costing.js';
import type { StoredScheme } from '../schemes/scheme-store.js';

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
  /** From the lifecycle table, given the version's consultations and decision. */
  status: VersionStatus;
}

export interface StoredVersion extends VersionSummary {
  content: VersionContent;
}

export interface ComparableVersion {
  id: string;
  schemeId: string;
  epciId: string;
  content: ComparableContent;
}

const sha256OfText = (text: string) => createHash('sha256').update(text).digest('hex');
export const sha256Of = (content: unknown) => sha256OfText(canonicalJson(content));

/**
 * A version's content is stored as its canonical text, gzipped: the database neither parses nor
 * compresses megabytes at each freeze. It crosses the connection in base64, which PGlite passes
 * far faster than a bytea parameter. It is compressed on libuv's thread pool, beside the hashing.
 */
const gzipAsync = promisify(gzip);
const packContent = async (text: string) => (await gzipAsync(text, { level: constants.Z_BEST_SPEED })).toString('base64');
export const unpackContent = (base64: string): VersionContent => JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8'));
/** The stored content, in base64 for unpackContent. */
const PACKED_CONTENT = `encode(content_gzip, 'base64')`;

const SUMMARY_COLUMNS = `id, scheme_id AS "schemeId", epci_id AS "epciId", number, message, parent_id AS "parentId",
  author_name AS "authorName", frozen_at AS "frozenAt", draft_revision AS "draftRevision", totals, content_sha256 AS "sha256"`;

/**
 * What a version's status follows from: its latest consultation not withdrawn, its decision, and
 * whether a later version of the scheme has been adopted since.
 */
const RECORD_COLUMNS = `
  (SELECT c.status FROM consultation c WHERE c.version_id = scheme_version.id AND c.status <> 'WITHDRAWN' ORDER BY c.opened_at DESC LIMIT 1) AS "consultationState",
  (SELECT d.kind FROM version_decision d WHERE d.version_id = scheme_version.id) AS "decisionKind",
  EXISTS (SELECT 1 FROM version_decision d JOIN scheme_version later ON later.id = d.version_id
          WHERE d.scheme_id = scheme_version.scheme_id AND d.kind = 'ADOPTION' AND later.number > scheme_version.number) AS "superseded"`;

interface RecordColumns {
  consultationState: 'OPEN' | 'CLOSED' | null;
  decisionKind: 'ADOPTION' | 'REJECTION' | null;
  superseded: boolean;
}

function withStatus<T extends RecordColumns>({ consultationState, decisionKind, superseded, ...row }: T) {
  return { ...row, status: versionStatusOf({ consultation: consultationState, decision: decisionKind, superseded }) };
}

export async function loadVersionSummaries(manager: EntityManager, schemeIds: readonly string[]): Promise<VersionSummary[]> {
  const rows = await manager.query(`SELECT ${SUMMARY_COLUMNS}, ${RECORD_COLUMNS} FROM scheme_version WHERE scheme_id = ANY($1::uuid[]) ORDER BY number DESC`, [
    schemeIds,
  ]);
  return rows.map(withStatus);
}

/** Versions by id, without their content (megabytes for a large EPCI). */
export async function loadVersionSummariesById(manager: EntityManager, ids: readonly string[]): Promise<VersionSummary[]> {
  const rows = await manager.query(`SELECT ${SUMMARY_COLUMNS}, ${RECORD_COLUMNS} FROM scheme_version WHERE id = ANY($1::uuid[])`, [ids]);
  return rows.map(withStatus);
}

export async function loadVersions(manager: EntityManager, ids: readonly string[]): Promise<StoredVersion[]> {
  const rows = await manager.query(`SELECT ${SUMMARY_COLUMNS}, ${RECORD_COLUMNS}, ${PACKED_CONTENT} AS content FROM scheme_version WHERE id = ANY($1::uuid[])`, [ids]);
  return rows.map(({ content, ...row }: RecordColumns & Omit<StoredVersion, 'content' | 'status'> & { content: string }) => withStatus({ ...row, content: unpackContent(content) }));
}

/**
 * What freezing the draft now would keep: the draft, the communes' figures it uses and its costing.
 * The costing is the draft read's (cachedSchemeCosting), keyed by the scheme's revision and figures'
 * stamp as `scheme` was read with `manager`: inside a freeze, the transaction that locked the row.
 */
export async function draftContent(manager: EntityManager, scheme: StoredScheme): Promise<VersionContent> {
  const { result, problems, warnings, communes, rulesVersion } = await cachedSchemeCosting(
    scheme,
    // An EPCI without member communes has no row to carry a stamp: as in the draft read, '' keys it, which no read carries.
    async () => (await loadStampedProfiles(manager, [scheme.epciId])).get(scheme.epciId) ?? { stamp: '', profiles: [] },
  );
  return {
    scheme: { title: scheme.title, description: scheme.description, mandate: scheme.mandate, taxRegime: scheme.taxRegime },
    actions: scheme.actions.map(({ position: _position, ...action }) => action),
    communes,
    costing: result,
    problems,
    warnings,
    rulesVersion,
  };
}

export interface CanonicalContent {
  sha256: string;
  /** The canonical text gzipped, in base64, for insertVersion. */
  packed: Promise<string>;
}

/**
 * The canonical text of a content hashed and packed, written once: a version is megabytes of JSON.
 * The compression runs on another thread while this one hashes and the freeze goes on.
 */
export function canonicalContent(content: VersionContent): CanonicalContent {
  const text = canonicalJson(content);
  const packed = packContent(text);
  return { sha256: sha256OfText(text), packed };
}

/** The latest version of a scheme, by number and hash, or null before the first freeze. */
export async function latestVersion(manager: EntityManager, schemeId: string): Promise<{ number: number; sha256: string } | null> {
  const [row] = await manager.query(`SELECT number, content_sha256 AS sha256 FROM scheme_version WHERE scheme_id = $1 ORDER BY number DESC LIMIT 1`, [schemeId]);
  return row ?? null;
}

/**
 * Inserts a scheme's draft content as its next version (number and parent follow the latest) and
 * returns it. The caller holds the scheme's row lock, so no other version can slip in between.
 */
export async function insertVersion(
  manager: EntityManager,
  {
    scheme,
    content,
    canonical = canonicalContent(content),
    message,
    authorId,
  }: { scheme: StoredScheme; content: VersionContent; canonical?: CanonicalContent; message: string; authorId: string },
): Promise<VersionSummary> {
  const { epciCents, communesCents, totalCents } = content.costing.totals.mandate;
  const totals = { epciCents, communesCents, totalCents, actionCount: content.actions.length };
  const [inserted]: Omit<VersionSummary, 'status'>[] = await manager.query(
    `INSERT INTO scheme_version (scheme_id, epci_id, number, message, parent_id, author_id, author_name, draft_revision, totals, content_gzip, content_sha256, comparable)
     SELECT $1, $2, COALESCE(latest.number, 0) + 1, $3, latest.id, u.id, u.name, $4, $5, decode($6, 'base64'), $7, $9
     FROM app_user u LEFT JOIN LATERAL (SELECT id, number FROM scheme_version WHERE scheme_id = $1 ORDER BY number DESC LIMIT 1) latest ON true
     WHERE u.id = $8
     RETURNING ${SUMMARY_COLUMNS}`,
    [scheme.id, scheme.epciId, message, scheme.revision, JSON.stringify(totals), await canonical.packed, canonical.sha256, authorId, JSON.stringify(comparableOf(content))],
  );
  return { ...inserted, status: 'FROZEN' };
}

/** What a comparison reads of versions: their comparable content, stored beside the content when frozen. */
export function loadComparableVersions(manager: EntityManager, ids: readonly string[]): Promise<ComparableVersion[]> {
  return manager.query(`SELECT id, scheme_id AS "schemeId", epci_id AS "epciId", comparable AS content FROM scheme_version WHERE id = ANY($1::uuid[])`, [ids]);
}

/**
 * The costings of some actions of a version: what an added or removed action costs. Read only when
 * a comparison has such actions; the version's whole content is unpacked for them.
 */
export async function loadActionCostings(manager: EntityManager, versionId: string, actionIds: readonly string[]): Promise<CostedAction[]> {
  if (actionIds.length === 0) return [];
  const [{ content }]: { content: string }[] = await manager.query(`SELECT ${PACKED_CONTENT} AS content FROM scheme_version WHERE id = $1`, [versionId]);
  const wanted = new Set(actionIds);
  return unpackContent(content).costing.actions.filter((a) => wanted.has(a.actionId));
}
