import type { SchemeAction } from '../scheme/action.js';
import { actionSentence, describeJournalChange, isJournalKind, journalSubject, type JournalNames } from './journal.js';

const names: JournalNames = {
  commune: (insee) => ({ '82112': 'Moissac', '82033': 'Castelsarrasin' })[insee] ?? insee,
  metric: (key) => key,
  role: (role) => ({ DRAFTER: 'Rédacteur', ELECTED: 'Élu' })[role] ?? role,
};

const action: SchemeAction = {
  id: 'a1',
  title: 'Service commun informatique',
  description: '',
  theme: 'CYBERSECURITY',
  obligations: [],
  kind: 'SHARED_SERVICE',
  years: { first: 2026, last: 2032 },
  participants: [{ insee: '82112', payment: 'INVOICE', statusQuoCents: null, etpTransferred: null }],
  statusQuo: { kind: 'ENTERED' },
  costLines: [{ kind: 'oneOff', label: 'Serveurs', nature: 'INVESTMENT', year: 2026, amountCents: 1_200_000 }],
  allocation: { kind: 'split', key: { kind: 'equal' } },
  epciEtpGained: null,
  details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: false, cstOpinionObtained: false },
};

describe('the journal in words', () => {
  it('describes a changed action aspect by aspect, communes by name', () => {
    const after = { ...action, title: 'DSI mutualisée', participants: [...action.participants, { insee: '82033', payment: 'INVOICE', statusQuoCents: null, etpTransferred: null }] };
    // As recorded: the new state under `value`, beside the scheme and its revision.
    const changes = describeJournalChange('scheme.action.update', action, { schemeId: 's1', revision: 3, value: after }, names);
    expect(changes).toEqual(
      expect.arrayContaining([
        { label: 'Titre', before: 'Service commun informatique', after: 'DSI mutualisée' },
        { label: 'Participation de Castelsarrasin', before: 'non', after: 'oui' },
      ]),
    );
  });

  it('describes a removed action by every aspect it had', () => {
    const changes = describeJournalChange('scheme.action.remove', action, null, names);
    expect(changes).toContainEqual({ label: 'Titre', before: 'Service commun informatique', after: '—' });
    expect(changes).toContainEqual({ label: 'Participation de Moissac', before: 'oui', after: 'non' });
  });

  it('reads other records by their known fields: a role in words, a mandate as years', () => {
    expect(describeJournalChange('member.role.change', { role: 'DRAFTER', communeId: null }, { role: 'ELECTED', communeId: null }, names)).toEqual([
      { label: 'Rôle', before: 'Rédacteur', after: 'Élu' },
    ]);
    expect(
      describeJournalChange('scheme.update', { title: 'A', mandate: { first: 2026, last: 2032 } }, { title: 'A', mandate: { first: 2026, last: 2031 } }, names),
    ).toEqual([{ label: 'Mandat', before: '2026–2032', after: '2026–2031' }]);
  });

  it('names what was changed, and a sentence for each known action', () => {
    expect(journalSubject(null, { name: 'Mégalis Bretagne' })).toBe('Mégalis Bretagne');
    expect(journalSubject({ title: 'Avant' }, { schemeId: 's1', revision: 2, value: { title: 'Après' } })).toBe('Après');
    expect(journalSubject(action, null)).toBe('Service commun informatique');
    expect(actionSentence('scheme.version.freeze')).toBe('a figé une version');
    expect(actionSentence('unknown.thing')).toBe('a fait « unknown.thing »');
  });

  it('knows its kinds of change and nothing else', () => {
    expect(isJournalKind('versions')).toBe(true);
    expect(isJournalKind('toString')).toBe(false);
  });
});
