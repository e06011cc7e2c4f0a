import { DomainError } from '../errors.js';
import { addDays, addMonths, daysBetween, formatFrenchDate, type IsoDate } from './dates.js';

/** CGCT L5211-39-1: each council has three months from its own notification to deliberate. */
export const CONSULTATION_MONTHS = 3;

/** An awaited opinion this close to its deadline calls for a reminder: the board shows it as late. */
export const REMINDER_DAYS = 15;

/** The last day a commune notified on `notifiedOn` may deliberate. */
export const deadlineOf = (notifiedOn: IsoDate): IsoDate => addMonths(notifiedOn, CONSULTATION_MONTHS);

/** From this day on, a commune without an opinion is deemed favourable (avis réputé favorable). */
export const deemedFavourableFrom = (deadline: IsoDate): IsoDate => addDays(deadline, 1);

export const ANSWER_STATES = ['AWAITED', 'ANSWERED', 'DEEMED_FAVORABLE'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

export interface CommuneAnswer {
  deadline: IsoDate;
  /** Days from today to the deadline: 0 on the deadline itself, negative after it. */
  daysLeft: number;
  state: AnswerState;
  /** Still awaited with REMINDER_DAYS days or fewer left. */
  late: boolean;
  deemedFavorableOn: IsoDate | null;
}

/**
 * Where a commune stands on `today` (a Paris date). Deemed favourable is derived here, at read
 * time, and never written: an opinion recorded later would otherwise contradict a stored guess.
 */
export function answerOf(notifiedOn: IsoDate, answered: boolean, today: IsoDate): CommuneAnswer {
  const deadline = deadlineOf(notifiedOn);
  const daysLeft = daysBetween(today, deadline);
  const state: AnswerState = answered ? 'ANSWERED' : daysLeft < 0 ? 'DEEMED_FAVORABLE' : 'AWAITED';
  return {
    deadline,
    daysLeft,
    state,
    late: state === 'AWAITED' && daysLeft <= REMINDER_DAYS,
    deemedFavorableOn: state === 'DEEMED_FAVORABLE' ? deemedFavourableFrom(deadline) : null,
  };
}

/**
 * The first day the consultation may be closed: once every commune has answered or is deemed
 * favourable. Today when it already may.
 */
export function closableFrom(communes: readonly { notifiedOn: IsoDate; answered: boolean }[], today: IsoDate): IsoDate {
  return communes
    .filter((c) => !c.answered)
    .map((c) => deemedFavourableFrom(deadlineOf(c.notifiedOn)))
    .reduce((latest, date) => (date > latest ? date : latest), today);
}

/** Refuses to close while a commune without opinion still has time, saying until when and how many. */
export function checkClosable(communes: readonly { notifiedOn: IsoDate; answered: boolean }[], today: IsoDate): void {
  const from = closableFrom(communes, today);
  if (from === today) return;
  const waiting = communes.filter((c) => !c.answered && answerOf(c.notifiedOn, false, today).state === 'AWAITED').length;
  const who = waiting === 1 ? "1 commune n'a pas rendu d'avis et son délai court encore" : `${waiting} communes n'ont pas rendu d'avis et leur délai court encore`;
  throw new DomainError('INVALID_STATE', `La consultation ne peut pas être close avant le ${formatFrenchDate(from)} : ${who}.`, { closableFrom: from, waiting });
}
