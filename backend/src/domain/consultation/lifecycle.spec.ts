import { DomainError } from '../errors.js';
import { LIFECYCLE_EVENTS, TRANSITIONS, VERSION_STATUSES, transition, versionStatusOf, type LifecycleEvent, type VersionStatus } from './lifecycle.js';

const edges = LIFECYCLE_EVENTS.flatMap((event) => VERSION_STATUSES.map((status) => [event, status] as [LifecycleEvent, VersionStatus]));
const allowed = edges.filter(([event, status]) => TRANSITIONS[event].from === status);
const refused = edges.filter(([event, status]) => TRANSITIONS[event].from !== status);

describe('the lifecycle transition table', () => {
  it.each([
    ['OPEN_CONSULTATION', 'FROZEN', 'IN_CONSULTATION'],
    ['WITHDRAW_CONSULTATION', 'IN_CONSULTATION', 'FROZEN'],
    ['CLOSE_CONSULTATION', 'IN_CONSULTATION', 'CONSULTATION_CLOSED'],
    ['ADOPT', 'CONSULTATION_CLOSED', 'ADOPTED'],
    ['ADOPT_AMENDMENT', 'FROZEN', 'ADOPTED'],
    ['REJECT', 'CONSULTATION_CLOSED', 'REJECTED'],
    ['SUPERSEDE', 'ADOPTED', 'SUPERSEDED'],
  ] as [LifecycleEvent, VersionStatus, VersionStatus][])('allows %s from %s, to %s', (event, from, to) => {
    expect(transition(from, event)).toBe(to);
  });

  it('has exactly the seven allowed edges above', () => {
    expect(allowed).toHaveLength(7);
  });

  it.each(refused)('refuses %s from %s with INVALID_STATE and a French reason', (event, status) => {
    let error: unknown;
    try {
      transition(status, event);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INVALID_STATE');
    expect((error as DomainError).message).toMatch(/^Impossible d.+ : cette version .+\.$/);
  });

  it('says why a version in consultation cannot be adopted', () => {
    expect(() => transition('IN_CONSULTATION', 'ADOPT')).toThrow(
      'Impossible d’enregistrer l’adoption de cette version : cette version est en consultation : la consultation doit être close d’abord.',
    );
  });
});

describe('a version status derived from its records', () => {
  it.each([
    [{ consultation: null, decision: null, superseded: false }, 'FROZEN'],
    [{ consultation: 'OPEN', decision: null, superseded: false }, 'IN_CONSULTATION'],
    [{ consultation: 'CLOSED', decision: null, superseded: false }, 'CONSULTATION_CLOSED'],
    [{ consultation: 'CLOSED', decision: 'ADOPTION', superseded: false }, 'ADOPTED'],
    [{ consultation: null, decision: 'ADOPTION', superseded: false }, 'ADOPTED'],
    [{ consultation: 'CLOSED', decision: 'REJECTION', superseded: false }, 'REJECTED'],
    [{ consultation: 'CLOSED', decision: 'ADOPTION', superseded: true }, 'SUPERSEDED'],
  ] as const)('%j is %s', (records, status) => {
    expect(versionStatusOf(records)).toBe(status);
  });

  it('refuses records the table cannot reach (a decision on a version still in consultation)', () => {
    expect(() => versionStatusOf({ consultation: 'OPEN', decision: 'ADOPTION', superseded: false })).toThrow(DomainError);
  });
});
