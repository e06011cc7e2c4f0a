import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Change } from '../../common/audited-change.js';
import { ServerClock } from '../../common/clock.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { addDays, formatFrenchDate } from '../../domain/consultation/dates.js';
import { REMINDER_DAYS, deadlineOf } from '../../domain/consultation/deadlines.js';
import { OPINION_KIND_LABELS, type OpinionKind } from '../../domain/consultation/opinion.js';
import { ofName } from '../../domain/text.js';
import { JobRunner } from '../mail/jobs.js';
import { MailService } from '../mail/mail.service.js';
import { claimReminder, loadCommuneRows, loadConsultations, loadUnremindedCommunes, type CommuneRow, type StoredConsultation } from './consultation-store.js';
import { findEpciIdentity } from '../territory/territory-store.js';

const REMINDER_JOB = 'consultation-reminders';
type Mailing = Pick<Change, 'manager' | 'afterCommit'>;

/**
 * The mails of a consultation (domain.md §8): the notice to each commune's reviewers when it opens,
 * a reminder 15 days before a commune's deadline while its opinion is awaited, the drafters told
 * of each opinion, everyone of the EPCI told when it closes and when the council decides. Each is
 * written in the transaction of the change that causes it (the outbox) and sent after commit.
 */
@Injectable()
export class ConsultationNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly clock: ServerClock,
    jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    jobs.register(REMINDER_JOB, () => this.sendReminders());
  }

  async opened(change: Mailing, consultation: StoredConsultation, rows: readonly CommuneRow[]): Promise<void> {
    const epci = await epciNameOf(change.manager, consultation.epciId);
    const byCommune = new Map(rows.map((r) => [r.communeId, r]));
    await this.mail.enqueueNotice(change, 'consultation_opened', { epciId: consultation.epciId, roles: ['REVIEWER'], communeIds: [...byCommune.keys()] }, (recipient) => {
      const row = byCommune.get(recipient.communeId!)!;
      return {
        subject: `${epci} consulte ${row.name} sur son schéma de mutualisation`,
        paragraphs: [
          `${epci} soumet la version ${consultation.versionNumber} de son schéma de mutualisation « ${consultation.schemeTitle} » à l’avis du conseil municipal ${ofName(row.name)}, notifiée le ${formatFrenchDate(row.notifiedOn)}.`,
          `Le conseil municipal rend son avis avant le ${formatFrenchDate(deadlineOf(row.notifiedOn))} inclus. Sans délibération dans ce délai, l’avis est réputé favorable.`,
          'Vous y trouverez le projet, la fiche de votre commune (ce qu’elle paie, économise et pourquoi) et le formulaire pour enregistrer l’avis du conseil.',
        ],
        action: { label: 'Lire le projet et donner l’avis de la commune', url: this.link(`/epci/${consultation.epciId}/consultations/${consultation.id}/communes/${row.communeId}`) },
      };
    });
  }

  async opinionRecorded(change: Mailing, consultation: StoredConsultation, commune: string, kind: OpinionKind, corrected: boolean): Promise<void> {
    await this.mail.enqueueNotice(change, 'consultation_opinion', { epciId: consultation.epciId, roles: ['DRAFTER'], preference: 'opinions' }, () => ({
      subject: `${corrected ? 'Avis corrigé' : 'Avis reçu'} : ${commune}, ${OPINION_KIND_LABELS[kind].toLowerCase()}`,
      paragraphs: [
        `${commune} a ${corrected ? 'corrigé' : 'enregistré'} l’avis de son conseil municipal sur la version ${consultation.versionNumber} de « ${consultation.schemeTitle} » : ${OPINION_KIND_LABELS[kind].toLowerCase()}.`,
      ],
      action: { label: 'Voir le tableau des réponses', url: this.link(`/epci/${consultation.epciId}/consultations/${consultation.id}`) },
      after: ['Vous recevez ce courriel comme rédacteur du schéma ; vous pouvez ne plus recevoir les avis depuis « Mon compte ».'],
    }));
  }

  async closed(change: Mailing, consultation: StoredConsultation, answered: number, deemedFavourable: number): Promise<void> {
    const epci = await epciNameOf(change.manager, consultation.epciId);
    await this.mail.enqueueNotice(change, 'consultation_closed', { epciId: consultation.epciId }, () => ({
      subject: `${epci} : la consultation des communes sur « ${consultation.schemeTitle} » est close`,
      paragraphs: [
        `La consultation des communes sur la version ${consultation.versionNumber} de « ${consultation.schemeTitle} » est close : ${answered} ${answered > 1 ? 'communes ont' : 'commune a'} rendu un avis, ${deemedFavourable} ${deemedFavourable > 1 ? 'avis sont réputés' : 'avis est réputé'} favorable${deemedFavourable > 1 ? 's' : ''}.`,
        'Le conseil communautaire peut maintenant délibérer sur le schéma.',
      ],
      action: { label: 'Voir les avis des communes', url: this.link(`/epci/${consultation.epciId}/consultations/${consultation.id}`) },
    }));
  }

  async decided(change: Mailing, consultation: StoredConsultation, decision: { adopted: boolean; versionNumber: number; date: string }): Promise<void> {
    const epci = await epciNameOf(change.manager, consultation.epciId);
    const what = decision.adopted ? 'adopté' : 'rejeté';
    await this.mail.enqueueNotice(change, decision.adopted ? 'scheme_adopted' : 'scheme_rejected', { epciId: consultation.epciId }, () => ({
      subject: `${epci} : le conseil communautaire a ${what} le schéma de mutualisation`,
      paragraphs: [
        `Par délibération du ${formatFrenchDate(decision.date)}, le conseil communautaire de ${epci} a ${what} la version ${decision.versionNumber} du schéma « ${consultation.schemeTitle} ».`,
        ...(decision.adopted ? ['Ce schéma est désormais en vigueur ; il est transmis aux conseils municipaux des communes membres.'] : []),
      ],
      action: { label: decision.adopted ? 'Voir le schéma en vigueur' : 'Voir la décision', url: this.link(`/epci/${consultation.epciId}`) },
    }));
  }

  /**
   * Every commune still awaited with 15 days or fewer left gets one reminder: each is claimed by an
   * atomic update, so several instances sweeping at once never send it twice.
   */
  async sendReminders(): Promise<void> {
    const today = this.clock.today();
    const due = (await loadUnremindedCommunes(this.dataSource.manager)).filter((c) => addDays(deadlineOf(c.notifiedOn), -REMINDER_DAYS) <= today && deadlineOf(c.notifiedOn) >= today);
    for (const { consultationId, communeId } of due) {
      await this.dataSource.transaction(async (manager) => {
        if (!(await claimReminder(manager, consultationId, communeId))) return;
        const [row] = await loadCommuneRows(manager, [consultationId], communeId);
        const [consultation] = await loadConsultations(manager, { ids: [consultationId] });
        const epci = await epciNameOf(manager, consultation.epciId);
        const deadline = deadlineOf(row.notifiedOn);
        await this.mail.enqueueNotice({ manager, afterCommit: () => this.mail.kick() }, 'consultation_reminder', { epciId: consultation.epciId, roles: ['REVIEWER'], communeIds: [communeId], preference: 'reminders' }, () => ({
          subject: `Rappel : avis ${ofName(row.name)} attendu avant le ${formatFrenchDate(deadline)}`,
          paragraphs: [
            `${epci} attend l’avis du conseil municipal ${ofName(row.name)} sur son projet de schéma de mutualisation avant le ${formatFrenchDate(deadline)} inclus.`,
            'Sans délibération dans ce délai, l’avis sera réputé favorable.',
          ],
          action: { label: 'Donner l’avis de la commune', url: this.link(`/epci/${consultation.epciId}/consultations/${consultationId}/communes/${communeId}`) },
          after: ['Vous pouvez ne plus recevoir les rappels depuis « Mon compte ».'],
        }));
      });
    }
  }

  private link(path: string): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}${path}`;
  }
}

/** The EPCI's name, for the mails that speak of it. */
const epciNameOf = async (manager: EntityManager, epciId: string) => (await findEpciIdentity(manager, epciId))?.name ?? '';
