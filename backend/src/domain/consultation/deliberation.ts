import { badInput } from '../errors.js';

/**
 * A deliberation's number as a council transmits it to the prefecture through @ctes: 2 to 15
 * capitals, digits or underscores. Using that form everywhere lets one identifier serve both.
 */
export const DELIBERATION_NUMBER = /^[0-9A-Z_]{2,15}$/;

/** Refuses a number not in the @ctes form, showing the accepted form (and the likely intended one). */
export function checkDeliberationNumber(text: string, field = 'deliberationNumber'): string {
  if (DELIBERATION_NUMBER.test(text)) return text;
  const suggestion = text.trim().toUpperCase().replace(/[\s\-./]+/g, '_');
  const hint = suggestion !== text && DELIBERATION_NUMBER.test(suggestion) ? ` Écrivez par exemple « ${suggestion} ».` : ' Par exemple « 2027_014 » ou « DEL2027015 ».';
  throw badInput(
    `Le numéro de délibération s'écrit comme pour @ctes : de 2 à 15 caractères parmi les lettres majuscules, les chiffres et le tiret bas « _ » (ni minuscule, ni espace, ni tiret).${hint}`,
    { field },
  );
}

/** The votes of a council's deliberation (SCDL: VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION). */
export interface Votes {
  /** Members in office (membres en exercice). */
  inOffice: number;
  /** Present or represented. */
  present: number;
  for: number;
  against: number;
  abstentions: number;
}

const VOTE_LABELS: Record<keyof Votes, string> = {
  inOffice: 'membres en exercice',
  present: 'présents ou représentés',
  for: 'voix pour',
  against: 'voix contre',
  abstentions: 'abstentions',
};

/** Non-negative integers with for + against + abstentions ≤ present ≤ in office. */
export function checkVotes(votes: Votes): Votes {
  for (const key of Object.keys(VOTE_LABELS) as (keyof Votes)[]) {
    if (!Number.isSafeInteger(votes[key]) || votes[key] < 0) throw badInput(`Le nombre de ${VOTE_LABELS[key]} doit être un entier positif ou nul.`, { field: `votes.${key}` });
  }
  if (votes.present > votes.inOffice) {
    throw badInput(`Il ne peut y avoir plus de présents ou représentés (${votes.present}) que de membres en exercice (${votes.inOffice}).`, { field: 'votes.present' });
  }
  const cast = votes.for + votes.against + votes.abstentions;
  if (cast > votes.present) {
    throw badInput(`Les voix pour, contre et les abstentions (${cast} en tout) dépassent le nombre de présents ou représentés (${votes.present}).`, { field: 'votes.for' });
  }
  return votes;
}
