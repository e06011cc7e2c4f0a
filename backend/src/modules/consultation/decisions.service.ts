import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { ServerClock } from '../../common/clock.js';
import { REFUSALS, can } from '../../domain/access/permissions.js';
import { formatFrenchDate, parisDate, type IsoDate } from '../../domain/consultation/dates.js';
import { answerOf } from '../../domain/consultation/deadlines.js';
import { checkDeliberationNumber, checkVotes } from '../../domain/consultation/deliberation.js';
import { transition, type LifecycleEvent } from '../../domain/consultation/lifecycle.js';
import { DEEMED_FAVORABLE_LABEL, OPINION_KIND_LABELS, checkDate, type OpinionKind } from '../../domain/consultation/opinion.js';
import { scdlDeliberationsCsv, scdlFileName, type ScdlDeliberation } from '../../domain/consultation/scdl.js';
import { siretOf } from '../../domain/consultation/siret.js';
import { ConsultationNotices } from './consultation-notices.js';
import { DomainError, badInput, forbidden } from '../../domain/errors.js';
import { loadScheme, lockScheme } from '../schemes/scheme-store.js';
import { communeSirets, findEpciIdentity, findSiret, setSiret } from '../territory/territory-store.js';
import { loadVersionSummariesById, type VersionSummary } from '../versions/version-store.js';
import { insertDecision, loadCommuneRows, loadConsultations, loadDecisions, type StoredConsultation, type StoredDecision } from './consultation-store.js';
import type { AdoptionInput, RejectionInput } from './dto/consultation.inputs.js';
import { ofName } from '../../domain/text.js';

const MAX_REASON = 4000;

/** A version's consultation results and decision as plain data, for reports (issue #15). */
export interface ConsultationResults {
  versionId: string;
  versionNumber: number;
  status: VersionSummary['status'];
  consultations: {
    id: string;
    status: StoredConsultation['status'];
    openedAt: Date;
    closedAt: Date | null;
    withdrawalReason: string | null;
    communes: {
      insee: string;
      name: string;
      population: number;
      notifiedOn: IsoDate;
      deadline: IsoDate;
      /** « Favorable », « Défavorable », « Favorable avec réserves », « Réputé favorable » or null while awaited. */
      answer: string | null;
      opinionKind: OpinionKind | null;
      reservations: string | null;
      deliberationNumber: string | null;
      deliberationDate: IsoDate | null;
    }[];
  }[];
  decision: StoredDecision | null;
}

/**
 * The EPCI council's decision on a version: adoption (with its deliberation and votes) or
 * rejection. A later adoption of the same scheme supersedes the earlier one; the scheme in force
 * is the latest adoption not superseded. Also the open-data file of the deliberations.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ServerClock,
    private readonly notices: ConsultationNotices,
  ) {}

  async adopt(caller: Caller, input: AdoptionInput): Promise<StoredDecision> {
    const number = checkDeliberationNumber(input.deliberationNumber);
    const date = checkDate(input.deliberationDate, 'deliberationDate', 'La date de la délibération');
    const votes = checkVotes(input.votes);
    return this.decide(caller, input.versionId, input.consultationId ? 'ADOPT_AMENDMENT' : 'ADOPT', date, input.consultationId ?? null, async (manager, version, consultation, record, forElected) => {
      const inForce = (await loadDecisions(manager, { schemeId: version.schemeId })).find((d) => d.kind === 'ADOPTION' && d.supersededByVersionNumber === null);
      if (inForce && inForce.versionNumber > version.number) {
        throw new DomainError('INVALID_STATE', `La v${inForce.versionNumber} de ce schéma est en vigueur depuis le ${formatFrenchDate(inForce.deliberationDate)} : une version antérieure ne peut pas la remplacer.`);
      }
      // The version in force goes from adopted to superseded: checked before this adoption makes it so.
      if (inForce) transition((await loadVersionSummariesById(manager, [inForce.versionId]))[0].status, 'SUPERSEDE');
      const id = await insertDecision(manager, {
        version,
        consultationId: consultation.id,
        kind: 'ADOPTION',
        number,
        date,
        votes,
        reason: null,
        userId: caller.userId,
        forElected,
        at: this.clock.now(),
      });
      await record('scheme.version.adopt', id, { versionNumber: version.number, consultationId: consultation.id, deliberationNumber: number, deliberationDate: date, votes, recordedForElected: forElected });
      if (inForce) {
        await record('scheme.version.supersede', inForce.id, { versionNumber: inForce.versionNumber, supersededByVersionNumber: version.number, on: date });
      }
      return id;
    });
  }

  async reject(caller: Caller, input: RejectionInput): Promise<StoredDecision> {
    const number = input.deliberationNumber ? checkDeliberationNumber(input.deliberationNumber) : null;
    const date = checkDate(input.deliberationDate, 'deliberationDate', 'La date de la délibération');
    const reason = input.reason.trim();
    if (reason === '' || reason.length > MAX_REASON) throw badInput(`Indiquez le motif du rejet (${MAX_REASON} caractères au plus).`, { field: 'reason' });
    return this.decide(caller, input.versionId, 'REJECT', date, null, async (manager, version, consultation, record, forElected) => {
      const id = await insertDecision(manager, {
        version,
        consultationId: consultation.id,
        kind: 'REJECTION',
        number,
        date,
        votes: null,
        reason,
        userId: caller.userId,
        forElected,
        at: this.clock.now(),
      });
      await record('scheme.version.reject', id, { versionNumber: version.number, consultationId: consultation.id, deliberationNumber: number, deliberationDate: date, reason, recordedForElected: forElected });
      return id;
    });
  }

  /** The EPCI's scheme in force: its latest adoption not superseded, or null. */
  async inForce(caller: Caller, epciId: string): Promise<StoredDecision | null> {
    await requireAccess(this.dataSource.manager, caller, 'EPCI_READ', { epci: epciId });
    const decisions = await loadDecisions(this.dataSource.manager, { epciId });
    return decisions.find((d) => d.kind === 'ADOPTION' && d.supersededByVersionNumber === null) ?? null;
  }

  /** Every decision of the EPCI's council on its schemes, the latest first. */
  async history(caller: Caller, epciId: string): Promise<StoredDecision[]> {
    await requireAccess(this.dataSource.manager, caller, 'EPCI_READ', { epci: epciId });
    return loadDecisions(this.dataSource.manager, { epciId });
  }

  /** The administrator enters the EPCI's NIC once; its SIRET (SIREN + NIC) must pass the Luhn key. */
  async setEpciSiret(caller: Caller, epciId: string, nic: string): Promise<string> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      await requireAccess(manager, caller, 'EPCI_IDENTITY_EDIT', { epci: epciId });
      const { siren, siret: before } = await findSiret(manager, 'epci', epciId);
      const siret = siretOf(siren, nic);
      await setSiret(manager, 'epci', epciId, siret);
      await record({ epciId, action: 'epci.siret.set', entityType: 'epci', entityId: epciId, before: { siret: before }, after: { siret } });
      return siret;
    });
  }

  /**
   * The SCDL « Délibérations » file of a version: the council's deliberation on it, then each
   * commune's opinion in the consultation it went through (or, for an amendment, answers).
   */
  async deliberationsCsv(caller: Caller, versionId: string): Promise<{ fileName: string; content: string }> {
    const manager = this.dataSource.manager;
    const epciId = await requireAccess(manager, caller, 'DRAFT_READ', { version: versionId });
    const [version] = await loadVersionSummariesById(manager, [versionId]);
    const [decision] = await loadDecisions(manager, { versionId });
    const consultation = decision?.consultationId
      ? (await loadConsultations(manager, { ids: [decision.consultationId] }))[0]
      : (await loadConsultations(manager, { versionId })).find((c) => c.status !== 'WITHDRAWN');
    const epci = (await findEpciIdentity(manager, epciId))!;
    const { title } = (await loadScheme(manager, version.schemeId))!;
    const scheme = `« ${title} » (version ${version.number})`;
    const rows: ScdlDeliberation[] = [];
    if (decision?.deliberationNumber) {
      if (!epci.siret) throw new DomainError('INVALID_STATE', `Le SIRET ${ofName(epci.name)} n'est pas renseigné : un administrateur de l'intercommunalité saisit son NIC une fois pour toutes.`);
      rows.push({
        collectivityName: epci.name,
        siret: epci.siret,
        number: decision.deliberationNumber,
        date: decision.deliberationDate,
        subject: `${decision.kind === 'ADOPTION' ? 'Adoption' : 'Rejet'} du schéma de mutualisation ${scheme}`,
        votes: decision.votes,
      });
    }
    if (consultation) {
      const siretById = await communeSirets(manager, epciId);
      for (const row of await loadCommuneRows(manager, [consultation.id])) {
        if (!row.opinion) continue;
        rows.push({
          collectivityName: row.name,
          // Recorded with the commune's first opinion, so present for every opinion.
          siret: siretById.get(row.communeId)!,
          number: row.opinion.deliberationNumber,
          date: row.opinion.deliberationDate,
          subject: `Avis ${OPINION_KIND_LABELS[row.opinion.kind].toLowerCase()} sur le projet de schéma de mutualisation ${scheme} ${ofName(epci.name)}`,
          votes: null,
        });
      }
    }
    return { fileName: scdlFileName(this.clock.today(), epci.siren, 'deliberations schema de mutualisation'), content: scdlDeliberationsCsv(rows) };
  }

  /** For reports (#15): a version's consultations with each commune's answer as of today, and its decision. */
  async resultsOf(caller: Caller, versionId: string): Promise<ConsultationResults> {
    const manager = this.dataSource.manager;
    await requireAccess(manager, caller, 'DRAFT_READ', { version: versionId });
    const [version] = await loadVersionSummariesById(manager, [versionId]);
    const consultations = await loadConsultations(manager, { versionId });
    const rows = consultations.length ? await loadCommuneRows(manager, consultations.map((c) => c.id)) : [];
    const [decision] = await loadDecisions(manager, { versionId });
    const today = this.clock.today();
    return {
      versionId,
      versionNumber: version.number,
      status: version.status,
      decision: decision ?? null,
      consultations: consultations.map((c) => ({
        id: c.id,
        status: c.status,
        openedAt: c.openedAt,
        closedAt: c.closedAt,
        withdrawalReason: c.withdrawalReason,
        communes: rows
          .filter((r) => r.consultationId === c.id)
          .map((r) => {
            const answer = answerOf(r.notifiedOn, r.opinion !== null, today);
            return {
              insee: r.insee,
              name: r.name,
              population: r.population,
              notifiedOn: r.notifiedOn,
              deadline: answer.deadline,
              answer: r.opinion ? OPINION_KIND_LABELS[r.opinion.kind] : answer.state === 'DEEMED_FAVORABLE' ? DEEMED_FAVORABLE_LABEL : null,
              opinionKind: r.opinion?.kind ?? null,
              reservations: r.opinion?.reservations ?? null,
              deliberationNumber: r.opinion?.deliberationNumber ?? null,
              deliberationDate: r.opinion?.deliberationDate ?? null,
            };
          }),
      })),
    };
  }

  /**
   * A decision on a version: by an elected official, or by a drafter for the council (marked as
   * such); the lifecycle transition, then a deliberation dated between the consultation's closure
   * and today; the work, audited, in one transaction.
   */
  private decide(
    caller: Caller,
    versionId: string,
    event: Extract<LifecycleEvent, 'ADOPT' | 'ADOPT_AMENDMENT' | 'REJECT'>,
    date: IsoDate,
    consultationId: string | null,
    work: (
      manager: EntityManager,
      version: VersionSummary,
      consultation: StoredConsultation,
      record: (action: string, decisionId: string, after: unknown) => Promise<void>,
      forElected: boolean,
    ) => Promise<string>,
  ): Promise<StoredDecision> {
    const today = this.clock.today();
    return auditedChange(this.dataSource, caller, async ({ manager, record, afterCommit }) => {
      const epciId = await requireAccess(manager, caller, 'SCHEME_READ', { version: versionId });
      const forElected = decisionWriter(caller, epciId);
      const [unlocked] = await loadVersionSummariesById(manager, [versionId]);
      await lockScheme(manager, unlocked.schemeId);
      const [version] = await loadVersionSummariesById(manager, [versionId]);
      transition(version.status, event);
      const consultation = await answeredConsultation(manager, version, event === 'ADOPT_AMENDMENT' ? consultationId : null);
      const closedOn = parisDate(consultation.closedAt!);
      if (date < closedOn) throw badInput(`La délibération ne peut pas précéder la clôture de la consultation, le ${formatFrenchDate(closedOn)}.`, { field: 'deliberationDate' });
      if (date > today) throw badInput(`La délibération ne peut pas être datée d'un jour à venir (après le ${formatFrenchDate(today)}).`, { field: 'deliberationDate' });
      const id = await work(
        manager,
        version,
        consultation,
        (action, decisionId, after) => record({ epciId, action, entityType: 'version_decision', entityId: decisionId, after }),
        forElected,
      );
      const [decision] = await loadDecisions(manager, { ids: [id] });
      await this.notices.decided({ manager, afterCommit }, consultation, { adopted: decision.kind === 'ADOPTION', versionNumber: version.number, date });
      return decision;
    });
  }
}

/** Elected officials record the council's decisions; a drafter may record one for them (true then). */
function decisionWriter(caller: Caller, epciId: string): boolean {
  if (can(caller, 'ADOPTION_RECORD', epciId)) return false;
  if (can(caller, 'CONSULTATION_MANAGE', epciId)) return true;
  throw forbidden(REFUSALS.ADOPTION_RECORD);
}

/**
 * The closed consultation a decision answers: the version's own or, for an amending version
 * adopted without a new round, the named one of an earlier version of the same scheme.
 */
async function answeredConsultation(manager: EntityManager, version: VersionSummary, namedId: string | null): Promise<StoredConsultation> {
  if (namedId === null) {
    const own = (await loadConsultations(manager, { versionId: version.id })).find((c) => c.status === 'CLOSED');
    return own!;
  }
  const [named] = await loadConsultations(manager, { ids: [namedId], schemeId: version.schemeId });
  if (!named || named.versionNumber >= version.number) {
    throw badInput('Une version modifiée répond à la consultation close d’une version antérieure du même schéma.', { field: 'consultationId' });
  }
  if (named.status !== 'CLOSED') throw new DomainError('INVALID_STATE', `La consultation sur la v${named.versionNumber} n'est pas close : elle ne peut pas fonder une adoption.`);
  return named;
}
