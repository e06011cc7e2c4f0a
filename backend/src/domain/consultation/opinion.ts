import { badInput } from '../errors.js';
import { formatFrenchDate, isIsoDate, type IsoDate } from './dates.js';
import { checkDeliberationNumber } from './deliberation.js';

export const OPINION_KINDS = ['FAVORABLE', 'UNFAVORABLE', 'FAVORABLE_WITH_RESERVATIONS'] as const;
export type OpinionKind = (typeof OPINION_KINDS)[number];

export const OPINION_KIND_LABELS: Record<OpinionKind, string> = {
  FAVORABLE: 'Favorable',
  UNFAVORABLE: 'Défavorable',
  FAVORABLE_WITH_RESERVATIONS: 'Favorable avec réserves',
};

/** Said of a commune that gave no opinion by its deadline (never stored: derived when read). */
export const DEEMED_FAVORABLE_LABEL = 'Réputé favorable';

export const MAX_TEXT = 4000;

export interface OpinionEntry {
  kind: OpinionKind;
  reservations: string | null;
  deliberationNumber: string;
  deliberationDate: IsoDate;
}

/** A date the user typed: a real date, or BAD_USER_INPUT on that field. */
export function checkDate(text: string, field: string, what: string): IsoDate {
  if (!isIsoDate(text)) throw badInput(`${what} n'est pas une date valide (attendu AAAA-MM-JJ).`, { field });
  return text;
}

/**
 * A council's opinion as entered: the deliberation in the @ctes form, dated between the commune's
 * notification and both today and its deadline, reservations stated when there are some (and
 * dropped otherwise, so a corrected kind leaves no stray text).
 */
export function checkOpinion(entry: OpinionEntry, { notifiedOn, deadline, today }: { notifiedOn: IsoDate; deadline: IsoDate; today: IsoDate }): OpinionEntry {
  const deliberationNumber = checkDeliberationNumber(entry.deliberationNumber);
  const date = checkDate(entry.deliberationDate, 'deliberationDate', 'La date de la délibération');
  if (date > today) throw badInput(`La délibération ne peut pas être datée d'un jour à venir (après le ${formatFrenchDate(today)}).`, { field: 'deliberationDate' });
  if (date < notifiedOn) {
    throw badInput(`La délibération ne peut pas précéder la notification du projet à la commune, le ${formatFrenchDate(notifiedOn)}.`, { field: 'deliberationDate' });
  }
  if (date > deadline) {
    throw badInput(`Le délai de la commune a pris fin le ${formatFrenchDate(deadline)} : une délibération postérieure ne compte pas, l'avis est réputé favorable.`, {
      field: 'deliberationDate',
    });
  }
  const reservations = entry.reservations?.trim() ?? '';
  if (entry.kind === 'FAVORABLE_WITH_RESERVATIONS' && reservations === '') {
    throw badInput('Indiquez les réserves exprimées par le conseil municipal.', { field: 'reservations' });
  }
  if (reservations.length > MAX_TEXT) throw badInput(`Les réserves tiennent en ${MAX_TEXT} caractères au plus.`, { field: 'reservations' });
  return { kind: entry.kind, reservations: entry.kind === 'FAVORABLE_WITH_RESERVATIONS' ? reservations : null, deliberationNumber, deliberationDate: date };
}
