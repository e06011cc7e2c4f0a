import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';

/**
 * NIST SP 800-63B / ANSSI style: length matters, composition rules do not. At least 12
 * characters, at most 256 (hashing cost), and hard to guess as estimated by zxcvbn with its
 * common and French dictionaries, the product's own words and the person's name and address:
 * a length rule alone let `Summer2026Summer` and the demo password through.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's score 4: 10^10 guesses or more, costly even offline against argon2id. */
const MIN_GUESSES_LOG10 = 10;

/** Words anyone attacking this platform tries first. */
const PRODUCT_WORDS = ['mutualis', 'mutualisation', 'mutualiser', 'demo', 'démo', 'intercommunalité', 'intercommunalite', 'epci', 'opsn', 'mairie'];

export interface PasswordOwner {
  email?: string;
  name?: string;
}

let estimator: ZxcvbnFactory | null = null;

/** Built on first use: the dictionaries take a moment to load. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: fr.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...fr.dictionary, product: PRODUCT_WORDS },
    useLevenshteinDistance: true,
  });
  return estimator;
}

/** The person's own words: their name, and the parts of their address. */
function ownWords({ email, name }: PasswordOwner): string[] {
  const words = [...(email ? [email, ...email.toLowerCase().split(/[@._+-]+/)] : []), ...(name ? [name, ...name.toLowerCase().split(/[\s'’.-]+/)] : [])];
  return words.filter((w) => w.length >= 3);
}

/** Returns the French reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`;
  }
  // Estimated as written and with its separators taken out: zxcvbn reads "demo-mutualis-2026" as
  // random characters around one word, but "demomutualis2026" as the three guessable parts it is.
  const words = ownWords(owner);
  const compact = password.replace(/[\s\p{P}\p{S}]+/gu, '');
  const estimates = [password, ...(compact.length > 0 && compact !== password ? [compact] : [])].map((p) => zxcvbn().check(p, words));
  const weakest = estimates.reduce((a, b) => (b.guessesLog10 < a.guessesLog10 ? b : a));
  if (weakest.guessesLog10 >= MIN_GUESSES_LOG10) return null;
  const { feedback, sequence } = weakest;
  const own = sequence.some((match) => 'dictionaryName' in match && match.dictionaryName === 'userInputs');
  const why = own ? 'Il reprend votre nom ou votre adresse électronique.' : (feedback.warning ?? '');
  const advice = feedback.suggestions.map((t) => t.trim()).join(' ');
  const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
  return ['Ce mot de passe est trop facile à deviner.', why, advice || 'Choisissez par exemple une phrase de plusieurs mots.']
    .filter(Boolean)
    .map(sentence)
    .join(' ');
}
