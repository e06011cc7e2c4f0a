import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../domain/consultation/dates.js';
import type { Votes } from '../../domain/consultation/deliberation.js';
import type { OpinionEntry, OpinionKind } from '../../domain/consultation/opinion.js';
import type { VersionSummary } from '../versions/version-store.js';
import type { CommentSide, ConsultationStatus, DecisionKind } from './models/consultation.models.js';

// Calendar dates leave the database as "YYYY-MM-DD" text: node-pg would turn a `date` into a
// JavaScript Date at the server's local midnight, a day off on either side of the world.

export interface StoredConsultation {
  id: string;
  epciId: string;
  schemeId: string;
  schemeTitle: string;
  versionId: string;
  versionNumber: number;
  status: ConsultationStatus;
  openedAt: Date;
  openedByName: string;
  closedAt: Date | null;
  closedByName: string | null;
  withdrawnAt: Date | null;
  withdrawnByName: string | null;
  withdrawalReason: string | null;
}

export interface StoredDocument {
  byteSize: number;
  uploadedAt: Date;
}

export interface StoredOpinion {
  id: string;
  consultationId: string;
  communeId: string;
  kind: OpinionKind;
  reservations: string | null;
  deliberationNumber: string;
  deliberationDate: IsoDate;
  recordedOnPaper: boolean;
  recordedByName: string;
  recordedAt: Date;
  updatedAt: Date;
  document: StoredDocument | null;
}

/** A commune notified in a consultation, with its opinion if any. */
export interface CommuneRow {
  consultationId: string;
  communeId: string;
  insee: string;
  name: string;
  population: number;
  notifiedOn: IsoDate;
  siretKnown: boolean;
  commentCount: number;
  opinion: StoredOpinion | null;
}

export interface StoredComment {
  id: string;
  consultationId: string;
  communeId: string;
  actionId: string;
  parentId: string | null;
  authorId: string | null;
  authorName: string;
  authorSide: CommentSide;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  withdrawnAt: Date | null;
}

export interface StoredDecision {
  id: string;
  kind: DecisionKind;
  epciId: string;
  schemeId: string;
  schemeTitle: string;
  versionId: string;
  versionNumber: number;
  consultationId: string | null;
  deliberationNumber: string | null;
  deliberationDate: IsoDate;
  votes: Votes | null;
  reason: string | null;
  recordedByName: string;
  recordedForElected: boolean;
  recordedAt: Date;
  supersededByVersionNumber: number | null;
  supersededOn: IsoDate | null;
  document: StoredDocument | null;
}

const CONSULTATION_SQL = `
  SELECT c.id, c.epci_id AS "epciId", c.scheme_id AS "schemeId", s.title AS "schemeTitle", c.version_id AS "versionId",
         v.number AS "versionNumber", c.status, c.opened_at AS "openedAt", c.opened_by_name AS "openedByName",
         c.closed_at AS "closedAt", c.closed_by_name AS "closedByName", c.withdrawn_at AS "withdrawnAt",
         c.withdrawn_by_name AS "withdrawnByName", c.withdrawal_reason AS "withdrawalReason"
  FROM consultation c JOIN scheme s ON s.id = c.scheme_id JOIN scheme_version v ON v.id = c.version_id`;

export interface ConsultationFilter {
  ids?: readonly string[];
  epciId?: string;
  schemeId?: string | null;
  versionId?: string | null;
  /** Only consultations this commune was notified of. */
  communeId?: string | null;
}

/** Consultations, newest first. */
export function loadConsultations(manager: EntityManager, filter: ConsultationFilter): Promise<StoredConsultation[]> {
  return manager.query(
    `${CONSULTATION_SQL}
     WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR c.epci_id = $2) AND ($3::uuid IS NULL OR c.scheme_id = $3)
       AND ($4::uuid IS NULL OR c.version_id = $4)
       AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM consultation_commune cc WHERE cc.consultation_id = c.id AND cc.commune_id = $5))
     ORDER BY c.opened_at DESC, c.id`,
    [filter.ids ?? null, filter.epciId ?? null, filter.schemeId ?? null, filter.versionId ?? null, filter.communeId ?? null],
  );
}

/** Locks a consultation's row until the transaction ends, so two writers take turns. */
export async function lockConsultation(manager: EntityManager, id: string): Promise<StoredConsultation> {
  await manager.query(`SELECT id FROM consultation WHERE id = $1 FOR UPDATE`, [id]);
  const [consultation] = await loadConsultations(manager, { ids: [id] });
  return consultation;
}

const OPINION_COLUMNS = `o.id AS "opinionId", o.kind, o.reservations, o.deliberation_number AS "deliberationNumber",
  to_char(o.deliberation_date, 'YYYY-MM-DD') AS "deliberationDate", o.recorded_on_paper AS "recordedOnPaper",
  o.recorded_by_name AS "recordedByName", o.recorded_at AS "recordedAt", o.updated_at AS "updatedAt",
  d.byte_size AS "documentSize", d.uploaded_at AS "documentUploadedAt"`;

type OpinionColumns = Omit<StoredOpinion, 'id' | 'document' | 'consultationId' | 'communeId'> & {
  opinionId: string | null;
  documentSize: number | null;
  documentUploadedAt: Date | null;
};

const documentOf = (size: number | null, uploadedAt: Date | null): StoredDocument | null => (size === null ? null : { byteSize: size, uploadedAt: uploadedAt! });

function opinionOf(consultationId: string, communeId: string, row: OpinionColumns): StoredOpinion | null {
  if (!row.opinionId) return null;
  const { opinionId, documentSize, documentUploadedAt, kind, reservations, deliberationNumber, deliberationDate, recordedOnPaper, recordedByName, recordedAt, updatedAt } = row;
  return {
    id: opinionId,
    consultationId,
    communeId,
    kind,
    reservations,
    deliberationNumber,
    deliberationDate,
    recordedOnPaper,
    recordedByName,
    recordedAt,
    updatedAt,
    document: documentOf(documentSize, documentUploadedAt),
  };
}

/**
 * The communes of some consultations with their opinions and comment counts, in one statement
 * whatever their number (158 for the largest EPCI). `communeId` keeps one commune only.
 */
export async function loadCommuneRows(manager: EntityManager, consultationIds: readonly string[], communeId: string | null = null): Promise<CommuneRow[]> {
  const rows: (Omit<CommuneRow, 'opinion'> & OpinionColumns)[] = await manager.query(
    `SELECT cc.consultation_id AS "consultationId", cc.commune_id AS "communeId", co.insee_code AS insee, co.name,
            co.population_totale AS population, to_char(cc.notified_on, 'YYYY-MM-DD') AS "notifiedOn", co.siret IS NOT NULL AS "siretKnown",
            COALESCE(n.count, 0)::int AS "commentCount", ${OPINION_COLUMNS}
     FROM consultation_commune cc
     JOIN commune co ON co.id = cc.commune_id
     LEFT JOIN opinion o ON o.consultation_id = cc.consultation_id AND o.commune_id = cc.commune_id
     LEFT JOIN deliberation_document d ON d.id = o.document_id
     LEFT JOIN (SELECT consultation_id, commune_id, count(*) AS count FROM consultation_comment
                WHERE consultation_id = ANY($1::uuid[]) AND withdrawn_at IS NULL GROUP BY consultation_id, commune_id) n
       ON n.consultation_id = cc.consultation_id AND n.commune_id = cc.commune_id
     WHERE cc.consultation_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR cc.commune_id = $2)
     ORDER BY co.name, co.insee_code`,
    [consultationIds, communeId],
  );
  return rows.map((row) => ({
    consultationId: row.consultationId,
    communeId: row.communeId,
    insee: row.insee,
    name: row.name,
    population: row.population,
    notifiedOn: row.notifiedOn,
    siretKnown: row.siretKnown,
    commentCount: row.commentCount,
    opinion: opinionOf(row.consultationId, row.communeId, row),
  }));
}

export async function loadOpinion(manager: EntityManager, id: string): Promise<StoredOpinion> {
  const [row] = await manager.query(
    `SELECT o.consultation_id AS "consultationId", o.commune_id AS "communeId", ${OPINION_COLUMNS}
     FROM opinion o LEFT JOIN deliberation_document d ON d.id = o.document_id WHERE o.id = $1`,
    [id],
  );
  return opinionOf(row.consultationId, row.communeId, row)!;
}

const COMMENT_SQL = `
  SELECT id, consultation_id AS "consultationId", commune_id AS "communeId", action_id AS "actionId", parent_id AS "parentId",
         author_id AS "authorId", author_name AS "authorName", author_side AS "authorSide", body, created_at AS "createdAt",
         edited_at AS "editedAt", withdrawn_at AS "withdrawnAt"
  FROM consultation_comment`;

export function loadThread(manager: EntityManager, consultationId: string, communeId: string): Promise<StoredComment[]> {
  return manager.query(`${COMMENT_SQL} WHERE consultation_id = $1 AND commune_id = $2 ORDER BY created_at, id`, [consultationId, communeId]);
}

/** A comment; with `lock`, its row stays locked until the transaction ends, so two changes take turns. */
export async function loadComment(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<StoredComment | undefined> {
  const [comment] = await manager.query(`${COMMENT_SQL} WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return comment;
}

export async function insertComment(
  manager: EntityManager,
  comment: Pick<StoredComment, 'consultationId' | 'communeId' | 'actionId' | 'parentId' | 'authorSide' | 'body'> & { authorId: string; at: Date },
): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO consultation_comment (consultation_id, commune_id, action_id, parent_id, author_id, author_name, author_side, body, created_at)
     SELECT $1, $2, $3, $4, u.id, u.name, $6, $7, $8 FROM app_user u WHERE u.id = $5 RETURNING id`,
    [comment.consultationId, comment.communeId, comment.actionId, comment.parentId, comment.authorId, comment.authorSide, comment.body, comment.at],
  );
  return id;
}

/** A correction (new body) or a withdrawal of a comment. */
export async function updateComment(manager: EntityManager, id: string, change: { body: string; editedAt: Date } | { withdrawnAt: Date }): Promise<void> {
  if ('withdrawnAt' in change) await manager.query(`UPDATE consultation_comment SET withdrawn_at = $2 WHERE id = $1`, [id, change.withdrawnAt]);
  else await manager.query(`UPDATE consultation_comment SET body = $2, edited_at = $3 WHERE id = $1`, [id, change.body, change.editedAt]);
}

/** Whether the action is one of the version the consultation is about. */
export async function consultedVersionHasAction(manager: EntityManager, consultationId: string, actionId: string): Promise<boolean> {
  const [{ known }] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM consultation c JOIN scheme_version v ON v.id = c.version_id, json_array_elements(v.comparable -> 'actions') a
                    WHERE c.id = $1 AND a ->> 'id' = $2) AS known`,
    [consultationId, actionId],
  );
  return known;
}

const DECISION_SQL = `
  SELECT d.id, d.kind, d.epci_id AS "epciId", d.scheme_id AS "schemeId", s.title AS "schemeTitle", d.version_id AS "versionId",
         v.number AS "versionNumber", d.consultation_id AS "consultationId", d.deliberation_number AS "deliberationNumber",
         to_char(d.deliberation_date, 'YYYY-MM-DD') AS "deliberationDate", d.votes_in_office AS "inOffice", d.votes_present AS "present",
         d.votes_for AS "for", d.votes_against AS "against", d.votes_abstentions AS "abstentions", d.reason,
         d.recorded_by_name AS "recordedByName", d.recorded_for_elected AS "recordedForElected", d.recorded_at AS "recordedAt",
         later.number AS "supersededByVersionNumber", to_char(later.deliberation_date, 'YYYY-MM-DD') AS "supersededOn",
         doc.byte_size AS "documentSize", doc.uploaded_at AS "documentUploadedAt"
  FROM version_decision d
  JOIN scheme s ON s.id = d.scheme_id
  JOIN scheme_version v ON v.id = d.version_id
  LEFT JOIN deliberation_document doc ON doc.id = d.document_id
  -- An adoption is superseded by the adoption of the next later version of the same scheme.
  LEFT JOIN LATERAL (SELECT lv.number, ld.deliberation_date FROM version_decision ld JOIN scheme_version lv ON lv.id = ld.version_id
                     WHERE d.kind = 'ADOPTION' AND ld.scheme_id = d.scheme_id AND ld.kind = 'ADOPTION' AND lv.number > v.number
                     ORDER BY lv.number LIMIT 1) later ON true`;

export interface DecisionFilter {
  ids?: readonly string[];
  epciId?: string;
  schemeId?: string;
  versionId?: string;
}

/** Decisions, the latest deliberation first. */
export async function loadDecisions(manager: EntityManager, filter: DecisionFilter): Promise<StoredDecision[]> {
  const rows = await manager.query(
    `${DECISION_SQL}
     WHERE ($1::uuid[] IS NULL OR d.id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR d.epci_id = $2) AND ($3::uuid IS NULL OR d.scheme_id = $3)
       AND ($4::uuid IS NULL OR d.version_id = $4)
     ORDER BY d.deliberation_date DESC, d.recorded_at DESC`,
    [filter.ids ?? null, filter.epciId ?? null, filter.schemeId ?? null, filter.versionId ?? null],
  );
  return rows.map(({ inOffice, present, for: pour, against, abstentions, documentSize, documentUploadedAt, ...row }: Record<string, never>) => ({
    ...row,
    votes: inOffice === null ? null : { inOffice, present, for: pour, against, abstentions },
    document: documentOf(documentSize, documentUploadedAt),
  }));
}

/** An open consultation's communes still awaiting an opinion and not reminded yet. */
export function loadUnremindedCommunes(manager: EntityManager): Promise<{ consultationId: string; communeId: string; notifiedOn: IsoDate }[]> {
  return manager.query(
    `SELECT cc.consultation_id AS "consultationId", cc.commune_id AS "communeId", to_char(cc.notified_on, 'YYYY-MM-DD') AS "notifiedOn"
     FROM consultation_commune cc JOIN consultation c ON c.id = cc.consultation_id
     WHERE c.status = 'OPEN' AND cc.reminded_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM opinion o WHERE o.consultation_id = cc.consultation_id AND o.commune_id = cc.commune_id)`,
  );
}

/** Claims a commune's reminder: true for the one instance whose update wins, false for the others. */
export async function claimReminder(manager: EntityManager, consultationId: string, communeId: string): Promise<boolean> {
  const claimed = await manager.query(
    `WITH claimed AS (
       UPDATE consultation_commune SET reminded_at = now() WHERE consultation_id = $1 AND commune_id = $2 AND reminded_at IS NULL RETURNING 1
     ) SELECT 1 FROM claimed`,
    [consultationId, communeId],
  );
  return claimed.length === 1;
}

/** A new open consultation of a version, with each commune's notification date; answers its id. */
export async function insertConsultation(
  manager: EntityManager,
  opened: { epciId: string; schemeId: string; versionId: string; at: Date; byUserId: string; notifiedOn: ReadonlyMap<string, IsoDate> },
): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO consultation (epci_id, scheme_id, version_id, status, opened_at, opened_by, opened_by_name)
     SELECT $1, $2, $3, 'OPEN', $4, u.id, u.name FROM app_user u WHERE u.id = $5 RETURNING id`,
    [opened.epciId, opened.schemeId, opened.versionId, opened.at, opened.byUserId],
  );
  await manager.query(`INSERT INTO consultation_commune (consultation_id, commune_id, notified_on) SELECT $1, * FROM unnest($2::uuid[], $3::date[])`, [
    id,
    [...opened.notifiedOn.keys()],
    [...opened.notifiedOn.values()],
  ]);
  return id;
}

export async function markWithdrawn(manager: EntityManager, id: string, withdrawal: { at: Date; reason: string; byUserId: string }): Promise<void> {
  await manager.query(
    `UPDATE consultation SET status = 'WITHDRAWN', withdrawn_at = $2, withdrawal_reason = $3,
       withdrawn_by_name = (SELECT name FROM app_user WHERE id = $4) WHERE id = $1`,
    [id, withdrawal.at, withdrawal.reason, withdrawal.byUserId],
  );
}

export async function markClosed(manager: EntityManager, id: string, closure: { at: Date; byUserId: string }): Promise<void> {
  await manager.query(`UPDATE consultation SET status = 'CLOSED', closed_at = $2, closed_by_name = (SELECT name FROM app_user WHERE id = $3) WHERE id = $1`, [
    id,
    closure.at,
    closure.byUserId,
  ]);
}

/** A commune's opinion as recorded, by its reviewer or on paper by a drafter. */
export interface RecordedOpinion extends OpinionEntry {
  onPaper: boolean;
  byUserId: string;
  at: Date;
}

/** Records the commune's opinion, or corrects the one it has (`existingId`); answers the opinion's id. */
export async function saveOpinion(
  manager: EntityManager,
  target: { existingId: string | null; consultationId: string; communeId: string },
  entry: RecordedOpinion,
): Promise<string> {
  const values = [entry.kind, entry.reservations, entry.deliberationNumber, entry.deliberationDate, entry.onPaper, entry.byUserId, entry.at];
  if (target.existingId) {
    await manager.query(
      `UPDATE opinion SET kind = $2, reservations = $3, deliberation_number = $4, deliberation_date = $5, recorded_on_paper = $6,
         recorded_by = $7, recorded_by_name = (SELECT name FROM app_user WHERE id = $7), updated_at = $8 WHERE id = $1`,
      [target.existingId, ...values],
    );
    return target.existingId;
  }
  const [{ id }] = await manager.query(
    `INSERT INTO opinion (consultation_id, commune_id, kind, reservations, deliberation_number, deliberation_date, recorded_on_paper,
       recorded_by, recorded_by_name, recorded_at, updated_at)
     SELECT $1, $2, $3, $4, $5, $6, $7, u.id, u.name, $9, $9 FROM app_user u WHERE u.id = $8 RETURNING id`,
    [target.consultationId, target.communeId, ...values],
  );
  return id;
}

/** The council's decision on a version; answers its id. */
export async function insertDecision(
  manager: EntityManager,
  d: {
    version: Pick<VersionSummary, 'id' | 'epciId' | 'schemeId'>;
    consultationId: string;
    kind: 'ADOPTION' | 'REJECTION';
    number: string | null;
    date: IsoDate;
    votes: { inOffice: number; present: number; for: number; against: number; abstentions: number } | null;
    reason: string | null;
    userId: string;
    forElected: boolean;
    at: Date;
  },
): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO version_decision (epci_id, scheme_id, version_id, consultation_id, kind, deliberation_number, deliberation_date, votes_in_office,
       votes_present, votes_for, votes_against, votes_abstentions, reason, recorded_by, recorded_by_name, recorded_for_elected, recorded_at)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, u.id, u.name, $15, $16 FROM app_user u WHERE u.id = $14 RETURNING id`,
    [
      d.version.epciId,
      d.version.schemeId,
      d.version.id,
      d.consultationId,
      d.kind,
      d.number,
      d.date,
      d.votes?.inOffice ?? null,
      d.votes?.present ?? null,
      d.votes?.for ?? null,
      d.votes?.against ?? null,
      d.votes?.abstentions ?? null,
      d.reason,
      d.userId,
      d.forElected,
      d.at,
    ],
  );
  return id;
}

/** The table whose rows a deliberation PDF belongs to: a commune's opinion or the council's decision. */
export const DOCUMENT_TABLES = { opinions: 'opinion', decisions: 'version_decision' } as const;
type DocumentTable = (typeof DOCUMENT_TABLES)[keyof typeof DOCUMENT_TABLES];

/** Stores the PDF and makes it the row's deliberation; answers the new document's id and the one it replaces. */
export async function attachDocument(
  manager: EntityManager,
  table: DocumentTable,
  id: string,
  document: { epciId: string; content: Buffer; sha256: string; at: Date; byUserId: string },
): Promise<{ documentId: string; previous: string | null }> {
  const [{ id: documentId }] = await manager.query(
    `INSERT INTO deliberation_document (epci_id, content, byte_size, sha256, uploaded_at, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [document.epciId, document.content, document.content.length, document.sha256, document.at, document.byUserId],
  );
  const [{ previous }] = await manager.query(`SELECT document_id AS previous FROM ${table} WHERE id = $1`, [id]);
  await manager.query(`UPDATE ${table} SET document_id = $2 WHERE id = $1`, [id, documentId]);
  return { documentId, previous };
}

/** The row's deliberation PDF with its number, or undefined when none was uploaded. */
export async function loadDocument(manager: EntityManager, table: DocumentTable, id: string): Promise<{ number: string | null; content: Buffer } | undefined> {
  const [row] = await manager.query(
    `SELECT t.deliberation_number AS number, d.content FROM ${table} t JOIN deliberation_document d ON d.id = t.document_id WHERE t.id = $1`,
    [id],
  );
  return row;
}
