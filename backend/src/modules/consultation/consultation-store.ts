import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../domain/consultation/dates.js';
import type { Votes } from '../../domain/consultation/deliberation.js';
import type { OpinionKind } from '../../domain/consultation/opinion.js';
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

export async function loadComment(manager: EntityManager, id: string): Promise<StoredComment> {
  const [comment] = await manager.query(`${COMMENT_SQL} WHERE id = $1`, [id]);
  return comment;
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

/** The EPCI's name, for the mails that speak of it. */
export async function loadEpciName(manager: EntityManager, epciId: string): Promise<string> {
  const [{ name }] = await manager.query(`SELECT name FROM epci WHERE id = $1`, [epciId]);
  return name;
}
