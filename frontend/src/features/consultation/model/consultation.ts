import { formatFrenchDate } from '@mutualis/domain/consultation/dates';
import { DEEMED_FAVORABLE_LABEL, OPINION_KIND_LABELS } from '@mutualis/domain/consultation/opinion';
import { DomainError } from '@mutualis/domain/errors';
import type {
  AnswerState,
  BoardFilter,
  ConsultationCommuneFieldsFragment,
  ConsultationStatus,
  ConsultationSummaryFieldsFragment,
  DecisionFieldsFragment,
  OpinionKind,
} from '../../../gql/graphql';

export type ConsultationSummary = ConsultationSummaryFieldsFragment;
export type ConsultationCommune = ConsultationCommuneFieldsFragment;
export type Decision = DecisionFieldsFragment;
export type { AnswerState, BoardFilter, ConsultationStatus, OpinionKind };

export { OPINION_KIND_LABELS };
/** The order a council's choices are offered in. */
export const OPINION_KINDS: readonly OpinionKind[] = ['FAVORABLE', 'FAVORABLE_WITH_RESERVATIONS', 'UNFAVORABLE'];

export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  OPEN: 'En cours',
  CLOSED: 'Close',
  WITHDRAWN: 'Retirée',
};

export const BOARD_FILTER_LABELS: Record<BoardFilter, string> = {
  ANSWERED: 'Avis rendus',
  LATE: 'À relancer (15 jours ou moins)',
  DEEMED_FAVORABLE: 'Réputés favorables',
  WITH_RESERVATIONS: 'Avec réserves',
  UNFAVORABLE: 'Défavorables',
};
export const BOARD_FILTERS = Object.keys(BOARD_FILTER_LABELS) as BoardFilter[];

/** « 12 jours restants », « dernier jour », « délai échu »: a deadline as the reviewer needs to hear it. */
export function countdownText(daysLeft: number): string {
  if (daysLeft > 1) return `${daysLeft} jours restants`;
  if (daysLeft === 1) return '1 jour restant';
  if (daysLeft === 0) return 'dernier jour aujourd’hui';
  return 'délai échu';
}

/** What a commune answered, or what the law makes of its silence, in words. */
export function answerText(commune: Pick<ConsultationCommune, 'state' | 'deemedFavorableOn' | 'opinion'>): string {
  if (commune.opinion) return OPINION_KIND_LABELS[commune.opinion.kind];
  if (commune.state === 'DEEMED_FAVORABLE' && commune.deemedFavorableOn) return `${DEEMED_FAVORABLE_LABEL} depuis le ${formatFrenchDate(commune.deemedFavorableOn)}`;
  return 'En attente';
}

/** A deliberation as it is cited: « n° 2027_014 du 3 février 2027 ». */
export function deliberationText(number: string | null | undefined, date: string): string {
  return number ? `n° ${number} du ${formatFrenchDate(date)}` : `du ${formatFrenchDate(date)}`;
}

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** A share of a whole (« 42,5 % »); « — » when the whole is empty. */
export function formatShare(part: number, whole: number): string {
  return whole > 0 ? percentFormat.format(part / whole) : '—';
}

const byteFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** « 245 ko », « 1,2 Mo »: a file's size for a person. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${byteFormat.format(Math.max(1, Math.round(bytes / 1024)))} ko`;
  return `${byteFormat.format(bytes / (1024 * 1024))} Mo`;
}

/**
 * A domain check run in the page before a round trip: its refusal (French message, and the field
 * in `details.field` when it names one), or undefined when the value passes. The server runs the
 * same check again and has the last word.
 */
export function refusalOf(check: () => unknown): DomainError | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

export const problemOf = (check: () => unknown): string | undefined => refusalOf(check)?.message;
