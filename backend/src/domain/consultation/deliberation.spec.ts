import { DomainError } from '../errors.js';
import { checkDeliberationNumber, checkVotes } from './deliberation.js';
import { checkOpinion } from './opinion.js';
import { isValidSiret, siretOf } from './siret.js';

const errorOf = (work: () => unknown): DomainError => {
  try {
    work();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
};

describe('a deliberation number in the @ctes form', () => {
  it.each(['2027_014', 'DEL2027015', 'AB', '123456789012345'])('accepts %s', (number) => {
    expect(checkDeliberationNumber(number)).toBe(number);
  });

  it.each(['A', '1234567890123456', 'del2027', '2027-014', '2027 014', 'DÉL2027'])('refuses %s', (number) => {
    expect(errorOf(() => checkDeliberationNumber(number)).code).toBe('BAD_USER_INPUT');
  });

  it('shows the accepted form, with the likely intended number', () => {
    expect(errorOf(() => checkDeliberationNumber('del-2027-014')).message).toBe(
      "Le numéro de délibération s'écrit comme pour @ctes : de 2 à 15 caractères parmi les lettres majuscules, les chiffres et le tiret bas « _ » (ni minuscule, ni espace, ni tiret). Écrivez par exemple « DEL_2027_014 ».",
    );
  });

  it('shows examples when no correction fits', () => {
    expect(errorOf(() => checkDeliberationNumber('é')).message).toMatch(/Par exemple « 2027_014 » ou « DEL2027015 »\.$/);
  });
});

describe('votes of a council', () => {
  const votes = { inOffice: 60, present: 52, for: 40, against: 8, abstentions: 4 };

  it('accepts for + against + abstentions = present ≤ in office', () => {
    expect(checkVotes(votes)).toEqual(votes);
  });

  it('accepts fewer votes cast than members present (some did not take part)', () => {
    expect(checkVotes({ ...votes, abstentions: 0 })).toBeTruthy();
  });

  it('refuses a negative count', () => {
    expect(errorOf(() => checkVotes({ ...votes, against: -1 })).message).toBe('Le nombre de voix contre doit être un entier positif ou nul.');
  });

  it('refuses a fractional count', () => {
    expect(errorOf(() => checkVotes({ ...votes, for: 1.5 })).code).toBe('BAD_USER_INPUT');
  });

  it('refuses more present than in office', () => {
    expect(errorOf(() => checkVotes({ ...votes, present: 61 })).message).toBe(
      'Il ne peut y avoir plus de présents ou représentés (61) que de membres en exercice (60).',
    );
  });

  it('refuses more votes than members present', () => {
    expect(errorOf(() => checkVotes({ ...votes, for: 41 })).message).toBe(
      'Les voix pour, contre et les abstentions (53 en tout) dépassent le nombre de présents ou représentés (52).',
    );
  });
});

describe('SIRET', () => {
  it('accepts a real SIRET (Ville de Poitiers)', () => {
    expect(isValidSiret('21860194600013')).toBe(true);
  });

  it('refuses one digit off', () => {
    expect(isValidSiret('21860194600014')).toBe(false);
  });

  it('builds the SIRET from a SIREN and a NIC', () => {
    expect(siretOf('200066322', '00013')).toBe('20006632200013');
  });

  it('refuses a NIC failing the Luhn key', () => {
    expect(errorOf(() => siretOf('200066322', '00012')).message).toBe(
      "Le SIRET 20006632200012 n'est pas valide (sa clé de contrôle ne correspond pas) : vérifiez le NIC.",
    );
  });

  it('refuses a NIC that is not 5 digits', () => {
    expect(errorOf(() => siretOf('200066322', '0013')).code).toBe('BAD_USER_INPUT');
  });
});

describe('an opinion as entered', () => {
  const window = { notifiedOn: '2027-01-10', deadline: '2027-04-10', today: '2027-02-01' };
  const entry = { kind: 'FAVORABLE' as const, reservations: null, deliberationNumber: '2027_003', deliberationDate: '2027-01-28' };

  it('accepts a favourable opinion dated between notification and today', () => {
    expect(checkOpinion(entry, window)).toEqual(entry);
  });

  it('requires the reservations of a favourable opinion with reservations', () => {
    expect(errorOf(() => checkOpinion({ ...entry, kind: 'FAVORABLE_WITH_RESERVATIONS', reservations: '  ' }, window)).details).toEqual({ field: 'reservations' });
  });

  it('drops reservations from any other kind', () => {
    expect(checkOpinion({ ...entry, kind: 'UNFAVORABLE', reservations: 'texte' }, window).reservations).toBeNull();
  });

  it('refuses a deliberation dated in the future', () => {
    expect(errorOf(() => checkOpinion({ ...entry, deliberationDate: '2027-02-02' }, window)).message).toBe(
      "La délibération ne peut pas être datée d'un jour à venir (après le 1er février 2027).",
    );
  });

  it('refuses a deliberation before the notification', () => {
    expect(errorOf(() => checkOpinion({ ...entry, deliberationDate: '2027-01-09' }, window)).message).toBe(
      'La délibération ne peut pas précéder la notification du projet à la commune, le 10 janvier 2027.',
    );
  });

  it('refuses a deliberation after the deadline', () => {
    expect(errorOf(() => checkOpinion({ ...entry, deliberationDate: '2027-04-11' }, { ...window, today: '2027-05-01' })).details).toEqual({ field: 'deliberationDate' });
  });

  it('refuses a date that does not exist', () => {
    expect(errorOf(() => checkOpinion({ ...entry, deliberationDate: '2027-02-30' }, window)).message).toBe(
      "La date de la délibération n'est pas une date valide (attendu AAAA-MM-JJ).",
    );
  });
});
