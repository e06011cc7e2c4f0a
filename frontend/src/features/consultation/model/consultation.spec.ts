import { describe, expect, it } from '@jest/globals';
import { checkDeliberationNumber } from '@mutualis/domain/consultation/deliberation';
import { answerText, countdownText, deliberationText, formatBytes, formatShare, problemOf } from './consultation';

// French typography: a narrow no-break space before « % ».
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('countdownText', () => {
  it('counts the days left before the deadline', () => {
    expect(countdownText(12)).toBe('12 jours restants');
  });
  it('says one day in the singular', () => {
    expect(countdownText(1)).toBe('1 jour restant');
  });
  it('says the deadline is today on its last day', () => {
    expect(countdownText(0)).toBe('dernier jour aujourd’hui');
  });
  it('says the deadline has passed after it', () => {
    expect(countdownText(-3)).toBe('délai échu');
  });
});

describe('answerText', () => {
  const opinion = { kind: 'FAVORABLE_WITH_RESERVATIONS' } as const;
  it('names the opinion recorded', () => {
    expect(answerText({ state: 'ANSWERED', deemedFavorableOn: null, opinion: opinion as never })).toBe('Favorable avec réserves');
  });
  it('says since when a silent commune is deemed favourable', () => {
    expect(answerText({ state: 'DEEMED_FAVORABLE', deemedFavorableOn: '2027-03-01', opinion: null })).toBe('Réputé favorable depuis le 1er mars 2027');
  });
  it('says an opinion is awaited while the deadline runs', () => {
    expect(answerText({ state: 'AWAITED', deemedFavorableOn: null, opinion: null })).toBe('En attente');
  });
});

describe('deliberationText', () => {
  it('cites a deliberation by number and date', () => {
    expect(deliberationText('2027_014', '2027-02-03')).toBe('n° 2027_014 du 3 février 2027');
  });
  it('cites a deliberation without a number by its date', () => {
    expect(deliberationText(null, '2027-02-03')).toBe('du 3 février 2027');
  });
});

describe('formatShare', () => {
  it('gives a part of a whole as a French percentage', () => {
    expect(plain(formatShare(1, 22))).toBe('4,5 %');
  });
  it('gives a dash for an empty whole', () => {
    expect(formatShare(0, 0)).toBe('—');
  });
});

describe('formatBytes', () => {
  it('gives small files in kilobytes, at least one', () => {
    expect(plain(formatBytes(100))).toBe('1 ko');
  });
  it('gives large files in megabytes', () => {
    expect(plain(formatBytes(1.5 * 1024 * 1024))).toBe('1,5 Mo');
  });
});

describe('problemOf', () => {
  it('gives the domain check’s French message for a refused value', () => {
    expect(problemOf(() => checkDeliberationNumber('2027-014'))).toMatch(/^Le numéro de délibération s'écrit comme pour @ctes .* Écrivez par exemple « 2027_014 »\.$/);
  });
  it('gives nothing for an accepted value', () => {
    expect(problemOf(() => checkDeliberationNumber('2027_014'))).toBeUndefined();
  });
  it('lets an unexpected failure through', () => {
    expect(() =>
      problemOf(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
