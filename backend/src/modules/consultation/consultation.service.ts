import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange, type Change } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { ServerClock } from '../../common/clock.js';
import { REFUSALS, can, communeScopeOf } from '../../domain/access/permissions.js';
import { formatFrenchDate, parisDate, type IsoDate } from '../../domain/consultation/dates.js';
import { ofName } from '../../domain/text.js';
import { answerOf, checkClosable, closableFrom, deadlineOf } from '../../domain/consultation/deadlines.js';
import { transition } from '../../domain/consultation/lifecycle.js';
import { checkDate, checkOpinion } from '../../domain/consultation/opinion.js';
import { siretOf } from '../../domain/consultation/siret.js';
import { DomainError, badInput, forbidden } from '../../domain/errors.js';
import { lockScheme } from '../schemes/scheme-store.js';
import { findSiret, memberCommuneIds, setSiret } from '../territory/territory-store.js';
import { loadVersionSummariesById, type VersionSummary } from '../versions/version-store.js';
import {
  insertConsultation,
  loadCommuneRows,
  loadConsultations,
  loadOpinion,
  lockConsultation,
  markClosed,
  markWithdrawn,
  saveOpinion,
  type CommuneRow, type StoredConsultation, type StoredOpinion } from './consultation-store.js';
import { ConsultationNotices } from './consultation-notices.js';
import type { OpenConsultationInput, OpinionInput } from './dto/consultation.inputs.js';

/** A consultation as the caller may see it: a commune reviewer gets their own commune's row only. */
export interface ConsultationView extends StoredConsultation {
  rows: CommuneRow[];
  /** The rows are limited to the caller's commune. */
  scoped: boolean;
  today: IsoDate;
}

const MAX_REASON = 2000;

/**
 * The consultation of the member communes on a version (CGCT L5211-39-1): drafters open it with
 * each commune's notification date, follow the answers, record paper opinions, withdraw or close
 * it; each commune's reviewers record their council's opinion. Every write is audited.
 */
@Injectable()
export class ConsultationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ServerClock,
    private readonly notices: ConsultationNotices,
  ) {}

  async list(caller: Caller, epciId: string, filter: { schemeId?: string | null; versionId?: string | null }): Promise<ConsultationView[]> {
    const manager = this.dataSource.manager;
    await requireAccess(manager, caller, 'SCHEME_READ', { epci: epciId });
    const communeId = communeScopeOf(caller, epciId);
    const consultations = await loadConsultations(manager, { epciId, ...filter, communeId });
    return this.views(manager, consultations, communeId);
  }

  async get(caller: Caller, id: string): Promise<ConsultationView> {
    const manager = this.dataSource.manager;
    const epciId = await requireAccess(manager, caller, 'SCHEME_READ', { consultation: id });
    const [view] = await this.views(manager, await loadConsultations(manager, { ids: [id] }), communeScopeOf(caller, epciId));
    return view;
  }

  /** Sends a frozen version to every member commune, each with its own notification date. */
  async open(caller: Caller, input: OpenConsultationInput): Promise<ConsultationView> {
    const today = this.clock.today();
    const common = checkDate(input.notifiedOn, 'notifiedOn', 'La date de notification');
    return auditedChange(this.dataSource, caller, async ({ manager, record, afterCommit }) => {
      const epciId = await requireAccess(manager, caller, 'CONSULTATION_MANAGE', { version: input.versionId });
      const version = await this.lockedVersion(manager, input.versionId);
      transition(version.status, 'OPEN_CONSULTATION');
      const open = (await loadConsultations(manager, { schemeId: version.schemeId })).find((c) => c.status === 'OPEN');
      if (open) {
        throw new DomainError('INVALID_STATE', `La v${open.versionNumber} de ce schéma est déjà en consultation : retirez ou closez cette consultation avant d'en ouvrir une autre.`);
      }
      const dates = new Map((await memberCommuneIds(manager, epciId)).map((communeId) => [communeId, common]));
      for (const [index, override] of (input.communeDates ?? []).entries()) {
        if (!dates.has(override.communeId)) throw badInput("Une des communes n'est pas membre de l'intercommunalité.", { field: `communeDates.${index}.communeId` });
        dates.set(override.communeId, checkDate(override.notifiedOn, `communeDates.${index}.notifiedOn`, 'La date de notification'));
      }
      const frozenOn = parisDate(version.frozenAt);
      const overridden = new Set((input.communeDates ?? []).map((c) => c.communeId));
      for (const [communeId, date] of dates) {
        const field = overridden.has(communeId) ? 'communeDates' : 'notifiedOn';
        if (date > today) throw badInput(`Une notification ne peut pas être datée d'un jour à venir (après le ${formatFrenchDate(today)}).`, { field });
        if (date < frozenOn) throw badInput(`Une notification ne peut pas précéder la version notifiée, figée le ${formatFrenchDate(frozenOn)}.`, { field });
      }
      const id = await insertConsultation(manager, {
        epciId,
        schemeId: version.schemeId,
        versionId: version.id,
        at: this.clock.now(),
        byUserId: caller.userId,
        notifiedOn: dates,
      });
      await record({
        epciId,
        action: 'consultation.open',
        entityType: 'consultation',
        entityId: id,
        after: { versionId: version.id, versionNumber: version.number, notifiedOn: common, communeDates: input.communeDates ?? [] },
      });
      const [view] = await this.views(manager, await loadConsultations(manager, { ids: [id] }), null);
      await this.notices.opened({ manager, afterCommit }, view, view.rows);
      return view;
    });
  }

  /** Withdraws an open consultation, with a reason kept in its history; the version is frozen again. */
  async withdraw(caller: Caller, id: string, reason: string): Promise<ConsultationView> {
    const text = reason.trim();
    if (text === '' || text.length > MAX_REASON) throw badInput(`Dites pourquoi la consultation est retirée (${MAX_REASON} caractères au plus).`, { field: 'reason' });
    return this.changeOpen(caller, id, 'WITHDRAW_CONSULTATION', async (manager, consultation, record) => {
      await markWithdrawn(manager, id, { at: this.clock.now(), reason: text, byUserId: caller.userId });
      await record('consultation.withdraw', { status: consultation.status }, { status: 'WITHDRAWN', reason: text });
    });
  }

  /** Closes a consultation once every commune has answered or is past its deadline. */
  async close(caller: Caller, id: string): Promise<ConsultationView> {
    const today = this.clock.today();
    return this.changeOpen(caller, id, 'CLOSE_CONSULTATION', async (manager, consultation, record, afterCommit) => {
      const rows = await loadCommuneRows(manager, [id]);
      checkClosable(rows.map((r) => ({ notifiedOn: r.notifiedOn, answered: r.opinion !== null })), today);
      await markClosed(manager, id, { at: this.clock.now(), byUserId: caller.userId });
      const answered = rows.filter((r) => r.opinion).length;
      await record('consultation.close', { status: consultation.status }, { status: 'CLOSED', answered, deemedFavorable: rows.length - answered });
      await this.notices.closed({ manager, afterCommit }, consultation, answered, rows.length - answered);
    });
  }

  /**
   * Records or corrects (until closure) a commune's opinion: by one of its reviewers, or by a
   * drafter from the paper deliberation (marked as such). The first opinion of a commune carries
   * its NIC, from which its SIRET (needed for open data) is made.
   */
  async recordOpinion(caller: Caller, input: OpinionInput): Promise<StoredOpinion> {
    const today = this.clock.today();
    return auditedChange(this.dataSource, caller, async ({ manager, record, afterCommit }) => {
      const epciId = await requireAccess(manager, caller, 'SCHEME_READ', { consultation: input.consultationId });
      const onPaper = opinionWriter(caller, epciId, input.communeId);
      const consultation = await lockConsultation(manager, input.consultationId);
      if (consultation.status !== 'OPEN') throw closedError(consultation, "l'avis ne peut plus être enregistré ni corrigé");
      const [row] = await loadCommuneRows(manager, [consultation.id], input.communeId);
      if (!row) throw badInput("Cette commune n'est pas consultée.", { field: 'communeId' });
      const entry = checkOpinion(
        { kind: input.kind, reservations: input.reservations ?? null, deliberationNumber: input.deliberationNumber, deliberationDate: input.deliberationDate },
        { notifiedOn: row.notifiedOn, deadline: deadlineOf(row.notifiedOn), today },
      );
      await this.communeSiret(manager, row, input.communeNic ?? null, record, epciId);
      const opinionId = await saveOpinion(
        manager,
        { existingId: row.opinion?.id ?? null, consultationId: consultation.id, communeId: row.communeId },
        { ...entry, onPaper, byUserId: caller.userId, at: this.clock.now() },
      );
      await record({
        epciId,
        action: row.opinion ? 'consultation.opinion.correct' : 'consultation.opinion.record',
        entityType: 'opinion',
        entityId: opinionId,
        before: row.opinion ? opinionAudit(row.opinion) : undefined,
        after: { ...entry, communeId: row.communeId, commune: row.name, recordedOnPaper: onPaper },
      });
      const [stored] = await loadConsultations(manager, { ids: [consultation.id] });
      await this.notices.opinionRecorded({ manager, afterCommit }, stored, row.name, entry.kind, row.opinion !== null);
      return loadOpinion(manager, opinionId);
    });
  }

  /** The rows of some consultations, as the caller may see them. */
  private async views(manager: EntityManager, consultations: StoredConsultation[], communeId: string | null): Promise<ConsultationView[]> {
    if (consultations.length === 0) return [];
    const rows = await loadCommuneRows(
      manager,
      consultations.map((c) => c.id),
      communeId,
    );
    const today = this.clock.today();
    return consultations.map((c) => ({ ...c, rows: rows.filter((r) => r.consultationId === c.id), scoped: communeId !== null, today }));
  }

  private async lockedVersion(manager: EntityManager, versionId: string): Promise<VersionSummary> {
    const [unlocked] = await loadVersionSummariesById(manager, [versionId]);
    // The scheme's row serialises every change of its versions' lifecycle.
    await lockScheme(manager, unlocked.schemeId);
    const [version] = await loadVersionSummariesById(manager, [versionId]);
    return version;
  }

  /** A change of an open consultation: access, lock, lifecycle transition, then the work and its audit. */
  private async changeOpen(
    caller: Caller,
    id: string,
    event: 'WITHDRAW_CONSULTATION' | 'CLOSE_CONSULTATION',
    work: (
      manager: EntityManager,
      consultation: StoredConsultation,
      record: (action: string, before: unknown, after: unknown) => Promise<void>,
      afterCommit: Change['afterCommit'],
    ) => Promise<void>,
  ): Promise<ConsultationView> {
    return auditedChange(this.dataSource, caller, async ({ manager, record, afterCommit }) => {
      const epciId = await requireAccess(manager, caller, 'CONSULTATION_MANAGE', { consultation: id });
      const { schemeId } = (await loadConsultations(manager, { ids: [id] }))[0];
      await lockScheme(manager, schemeId);
      const consultation = await lockConsultation(manager, id);
      if (consultation.status === 'WITHDRAWN') throw closedError(consultation, 'plus rien ne peut y être changé');
      const [version] = await loadVersionSummariesById(manager, [consultation.versionId]);
      // Only an open consultation is the version's current one: a closed one follows the version's status.
      transition(consultation.status === 'OPEN' ? 'IN_CONSULTATION' : version.status, event);
      await work(manager, consultation, (action, before, after) => record({ epciId, action, entityType: 'consultation', entityId: id, before, after }), afterCommit);
      const [view] = await this.views(manager, await loadConsultations(manager, { ids: [id] }), null);
      return view;
    });
  }

  /** The commune's SIRET: required with its first opinion, from the NIC; a NIC given later corrects it. */
  private async communeSiret(
    manager: EntityManager,
    row: CommuneRow,
    nic: string | null,
    record: (event: { epciId: string; action: string; entityType: string; entityId: string; before: unknown; after: unknown }) => Promise<void>,
    epciId: string,
  ) {
    if (nic === null || nic.trim() === '') {
      if (!row.siretKnown) throw badInput(`Le SIRET ${ofName(row.name)} n'est pas encore connu : indiquez son NIC (les 5 derniers chiffres du SIRET).`, { field: 'communeNic' });
      return;
    }
    const { siren, siret: before } = await findSiret(manager, 'commune', row.communeId);
    const siret = siretOf(siren, nic, 'communeNic');
    if (siret === before) return;
    await setSiret(manager, 'commune', row.communeId, siret);
    await record({ epciId, action: 'commune.siret.set', entityType: 'commune', entityId: row.communeId, before: { siret: before }, after: { siret } });
  }
}

/**
 * Who records an opinion for a commune: one of its own reviewers, or a drafter recording a paper
 * deliberation (returns true then). Anyone else is refused.
 */
export function opinionWriter(caller: Caller, epciId: string, communeId: string): boolean {
  const scope = communeScopeOf(caller, epciId);
  if (scope !== null) {
    if (!can(caller, 'OPINION_RECORD', epciId)) throw forbidden(REFUSALS.OPINION_RECORD);
    if (scope !== communeId) throw forbidden("Vous n'enregistrez que l'avis de votre commune.");
    return false;
  }
  if (can(caller, 'CONSULTATION_MANAGE', epciId)) return true;
  throw forbidden(REFUSALS.OPINION_RECORD);
}

/** Why nothing more can be done in a consultation that is no longer open. */
export function closedError(consultation: StoredConsultation, consequence: string): DomainError {
  const when = consultation.status === 'CLOSED' ? consultation.closedAt : consultation.withdrawnAt;
  const what = consultation.status === 'CLOSED' ? 'close' : 'retirée';
  return new DomainError('INVALID_STATE', `La consultation est ${what} depuis le ${formatFrenchDate(parisDate(when!))} : ${consequence}.`);
}

const opinionAudit = (o: StoredOpinion) => ({
  kind: o.kind,
  reservations: o.reservations,
  deliberationNumber: o.deliberationNumber,
  deliberationDate: o.deliberationDate,
  recordedOnPaper: o.recordedOnPaper,
});

/** A commune row as the board shows it on `today`. */
export function boardRowOf(row: CommuneRow, today: IsoDate) {
  return { ...row, ...answerOf(row.notifiedOn, row.opinion !== null, today), opinionKind: row.opinion?.kind ?? null };
}

export const closableFromOf = (view: ConsultationView) =>
  view.status === 'OPEN' && !view.scoped ? closableFrom(view.rows.map((r) => ({ notifiedOn: r.notifiedOn, answered: r.opinion !== null })), view.today) : null;
