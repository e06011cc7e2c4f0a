import { describe, expect, it } from '@jest/globals';
import type { SchemeAction } from '@mutualis/domain/scheme/action';
import { isEmptyDiff, previousOf, trendOf, versionActionRows, versionChoiceLabel, type VersionContent, type VersionDiff, type VersionSummary } from './versions';

const unchanged = { before: 700_000, after: 700_000, difference: 0 };
const noDiff: VersionDiff = { scheme: [], actions: [], communes: [], totals: { epci: unchanged, communes: unchanged, total: unchanged } };

const version = (number: number, parentId: string | null, message = `Version ${number}`): VersionSummary => ({
  id: `v${number}`,
  schemeId: 's1',
  number,
  message,
  parentId,
  authorName: 'Damien Rédacteur',
  frozenAt: '2026-03-12T13:05:00.000Z',
  status: 'FROZEN',
  totals: { epciCents: 0, communesCents: 0, totalCents: 0, actionCount: 0 },
});

describe('a comparison', () => {
  it('is empty only when nothing at all differs, money included', () => {
    expect(isEmptyDiff(noDiff)).toBe(true);
    const moved = { before: 700_000, after: 690_000, difference: -10_000 };
    expect(isEmptyDiff({ ...noDiff, totals: { ...noDiff.totals, epci: moved } })).toBe(false);
    expect(isEmptyDiff({ ...noDiff, scheme: [{ label: 'Titre', before: 'A', after: 'B' }] })).toBe(false);
    expect(isEmptyDiff({ ...noDiff, actions: [{ actionId: 'a1', title: 'DPO', change: 'ADDED', fields: [], joined: [], left: [] }] })).toBe(false);
  });

  it('names a rise, a fall or no change from the difference in cents', () => {
    expect([trendOf(1), trendOf(-1), trendOf(0)]).toEqual(['rise', 'fall', 'none']);
  });
});

describe('a timeline', () => {
  it('finds the version each one follows, none for the first', () => {
    const versions = [version(3, 'v2'), version(2, 'v1'), version(1, null)];
    expect(previousOf(versions, versions[0])?.number).toBe(2);
    expect(previousOf(versions, versions[2])).toBeUndefined();
  });

  it('names a version by its number, the day it was frozen and the start of its message', () => {
    expect(versionChoiceLabel(version(2, 'v1', 'Clé population'))).toBe('v2 — 12 mars 2026 à 14:05 — Clé population');
    const label = versionChoiceLabel(version(4, 'v3', 'Une très longue explication de tout ce qui change entre les deux versions du projet'));
    expect(label).toMatch(/^v4 — 12 mars 2026 à 14:05 — Une très longue explication .*…$/);
    expect(label.length).toBeLessThanOrEqual('v4 — 12 mars 2026 à 14:05 — '.length + 60);
  });

  it('does not repeat the version when its message starts by naming it', () => {
    expect(versionChoiceLabel(version(1, null, 'v1 — projet présenté en conférence des maires'))).toBe('v1 — 12 mars 2026 à 14:05 — projet présenté en conférence des maires');
    expect(versionChoiceLabel(version(1, null, 'v12 de travail'))).toBe('v1 — 12 mars 2026 à 14:05 — v12 de travail');
  });
});

describe('the frozen actions', () => {
  it('become editor rows in their frozen order, with their participants counted', () => {
    const action = (id: string, title: string, insees: string[]) =>
      ({ id, title, kind: 'SHARED_ASSET', theme: null, years: { first: 2026, last: 2032 }, participants: insees.map((insee) => ({ insee })) }) as unknown as SchemeAction;
    const content = { actions: [action('b', 'Traceur', ['82112', '82019']), action('a', 'DPO', ['82112'])] } as VersionContent;
    expect(versionActionRows(content).map(({ id, position, title, participantCount }) => ({ id, position, title, participantCount }))).toEqual([
      { id: 'b', position: 0, title: 'Traceur', participantCount: 2 },
      { id: 'a', position: 1, title: 'DPO', participantCount: 1 },
    ]);
  });
});
