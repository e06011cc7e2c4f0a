import { DomainError } from '../errors.js';
import { addMonths, formatFrenchDate, isIsoDate, parisDate } from './dates.js';
import { answerOf, checkClosable, closableFrom, deadlineOf } from './deadlines.js';

describe('a commune’s deadline: three calendar months from its own notification', () => {
  it.each([
    ['2027-01-14', '2027-04-14'],
    ['2026-11-30', '2027-02-28'],
    ['2027-11-30', '2028-02-29'],
    ['2027-11-29', '2028-02-29'],
    ['2026-12-31', '2027-03-31'],
    ['2027-03-31', '2027-06-30'],
    ['2027-05-31', '2027-08-31'],
    ['2027-10-31', '2028-01-31'],
    ['2028-02-29', '2028-05-29'],
  ])('notified on %s: last day %s', (notifiedOn, deadline) => {
    expect(deadlineOf(notifiedOn)).toBe(deadline);
  });

  it('counts months across years backwards too', () => {
    expect(addMonths('2027-02-28', -3)).toBe('2026-11-28');
  });
});

describe('deemed favourable, derived at read time on Paris dates', () => {
  it('is awaited on the deadline itself, with 0 days left', () => {
    expect(answerOf('2026-11-30', false, '2027-02-28')).toMatchObject({ state: 'AWAITED', daysLeft: 0, deemedFavorableOn: null });
  });

  it('is deemed favourable from the day after the deadline', () => {
    expect(answerOf('2026-11-30', false, '2027-03-01')).toMatchObject({ state: 'DEEMED_FAVORABLE', daysLeft: -1, deemedFavorableOn: '2027-03-01' });
  });

  it('stays answered after the deadline when an opinion was given', () => {
    expect(answerOf('2026-11-30', true, '2027-06-01')).toMatchObject({ state: 'ANSWERED', deemedFavorableOn: null, late: false });
  });

  it('reads late when awaited with 15 days or fewer left, not with 16', () => {
    expect(answerOf('2027-01-14', false, '2027-03-30').late).toBe(true);
    expect(answerOf('2027-01-14', false, '2027-03-29').late).toBe(false);
  });

  it('turns at midnight in Paris, not in UTC (winter: 23:00 UTC is already the next day)', () => {
    expect(parisDate(new Date('2027-02-28T22:59:59Z'))).toBe('2027-02-28');
    expect(parisDate(new Date('2027-02-28T23:00:00Z'))).toBe('2027-03-01');
  });

  it('turns at midnight in Paris in summer time (22:00 UTC)', () => {
    expect(parisDate(new Date('2027-06-30T21:59:59Z'))).toBe('2027-06-30');
    expect(parisDate(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });
});

describe('closing a consultation', () => {
  const communes = [
    { notifiedOn: '2026-12-14', answered: false },
    { notifiedOn: '2026-12-13', answered: false },
    { notifiedOn: '2026-12-01', answered: false },
    { notifiedOn: '2026-12-14', answered: true },
  ];

  it('may close once every commune without opinion is past its deadline', () => {
    expect(closableFrom(communes, '2027-03-15')).toBe('2027-03-15');
    expect(() => checkClosable(communes, '2027-03-15')).not.toThrow();
  });

  it('may close at once when every commune has answered', () => {
    expect(() => checkClosable([{ notifiedOn: '2027-01-01', answered: true }], '2027-01-02')).not.toThrow();
  });

  it('refuses before, with the date it becomes possible and how many communes still have time', () => {
    expect(() => checkClosable(communes, '2027-03-13')).toThrow(
      "La consultation ne peut pas être close avant le 15 mars 2027 : 2 communes n'ont pas rendu d'avis et leur délai court encore.",
    );
  });

  it('speaks of one commune in the singular, with INVALID_STATE', () => {
    let error: unknown;
    try {
      checkClosable(communes, '2027-03-14');
    } catch (e) {
      error = e;
    }
    expect((error as DomainError).code).toBe('INVALID_STATE');
    expect((error as DomainError).message).toBe(
      "La consultation ne peut pas être close avant le 15 mars 2027 : 1 commune n'a pas rendu d'avis et son délai court encore.",
    );
  });
});

describe('dates', () => {
  it.each(['2027-02-29', '2027-04-31', '2027-13-01', '27-01-01', '2027-1-01'])('refuses %s', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it('accepts 29 February of a leap year', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('writes the first of a month « 1er »', () => {
    expect(formatFrenchDate('2027-03-01')).toBe('1er mars 2027');
    expect(formatFrenchDate('2027-03-14')).toBe('14 mars 2027');
  });
});
