import { commune } from '../costing/test-builders.js';
import type { SchemeAction } from '../scheme/action.js';
import { costScheme, type SchemeContext } from '../scheme/to-costing.js';
import { comparableOf, diffVersions, unmatchedActionIds, type VersionContent } from './diff.js';

const MANDATE = { first: 2026, last: 2027 };
const context: SchemeContext = {
  mandate: MANDATE,
  taxRegime: 'FPU',
  communes: [
    commune('82112', 'Moissac', { usage: { jours_de_dpo: '3' } }),
    commune('82033', 'Castelsarrasin', { usage: { jours_de_dpo: '2' } }),
    commune('82121', 'Montauban', { usage: { jours_de_dpo: '1' } }),
  ],
};

const participant = (insee: string) => ({ insee, payment: 'INVOICE' as const, statusQuoCents: null, etpTransferred: null });

const base: SchemeAction = {
  id: 'a1',
  title: 'DPO mutualisé',
  description: '',
  theme: null,
  obligations: ['GDPR'],
  kind: 'POOLED_DPO',
  years: MANDATE,
  participants: [participant('82112'), participant('82033')],
  statusQuo: { kind: 'FLAT', amountCents: 100_000 },
  costLines: [{ kind: 'yearly', label: 'Prestation', nature: 'OPERATING', years: MANDATE, amountCents: 600_000 }],
  allocation: { kind: 'split', key: { kind: 'equal' } },
  epciEtpGained: null,
  details: { kind: 'POOLED_DPO', provider: 'CENTRE_DE_GESTION', providerName: null },
};

function version(actions: SchemeAction[]): VersionContent {
  const { result, problems } = costScheme(context, actions);
  expect(problems).toEqual([]);
  return { scheme: { title: 'Schéma', description: '', mandate: MANDATE, taxRegime: 'FPU' }, actions, communes: context.communes, costing: result, problems };
}

describe('the difference between two versions', () => {
  it('lists nothing for the same content', () => {
    const v = version([base]);
    expect(diffVersions(v, v)).toMatchObject({ scheme: [], actions: [], communes: [] });
  });

  it('says a changed action in the action form’s words, with the metric’s label, and who joins once', () => {
    const after: SchemeAction = {
      ...base,
      participants: [{ ...participant('82112'), etpTransferred: '0.5' }, participant('82121')],
      allocation: { kind: 'split', key: { kind: 'usage', metric: 'jours_de_dpo', unitLabel: 'jours de DPO' } },
    };
    const diff = diffVersions(version([base]), version([after]));
    expect(diff.actions).toEqual([
      {
        actionId: 'a1',
        title: 'DPO mutualisé',
        change: 'CHANGED',
        fields: [
          // What the first version said, in its order, then what only the second one says.
          { label: 'Paiement de Castelsarrasin', before: 'Facture', after: '—' },
          { label: 'Répartition', before: 'Clé : parts égales', after: 'Clé : métrique d’usage : jours de DPO' },
          { label: 'ETP transférés par Moissac', before: '—', after: '0,5' },
          { label: 'Paiement de Montauban', before: '—', after: 'Facture' },
        ],
        joined: ['Montauban'],
        left: ['Castelsarrasin'],
        cost: null,
      },
    ]);
  });

  it('names a metric by the label an action gives it, or by its key', () => {
    const byUsage: SchemeAction = { ...base, allocation: { kind: 'split', key: { kind: 'usage', metric: 'jours_de_dpo', unitLabel: 'jours de DPO' } } };
    const after: SchemeAction = { ...byUsage, statusQuo: { kind: 'METRIC', metric: 'jours_de_dpo', unitPriceCents: '45000' } };
    expect(diffVersions(version([byUsage]), version([after])).actions[0].fields).toEqual([
      { label: 'Situation actuelle', before: '1\u202f000,00\u00a0€ par commune et par an', after: '450,00 € × jours de DPO' },
    ]);
    const unnamed: SchemeAction = { ...base, statusQuo: { kind: 'METRIC', metric: 'jours_de_dpo', unitPriceCents: '45000' } };
    expect(diffVersions(version([base]), version([unnamed])).actions[0].fields[0].after).toBe('450,00 € × jours_de_dpo');
  });

  it('says what an added action costs over the mandate, each year and for each commune, from the version that has it', () => {
    const cost = {
      totalCents: 1_200_000,
      epciCents: 0,
      years: [
        { year: 2026, totalCents: 600_000 },
        { year: 2027, totalCents: 600_000 },
      ],
      communes: [
        { insee: '82033', name: 'Castelsarrasin', cents: 600_000 },
        { insee: '82112', name: 'Moissac', cents: 600_000 },
      ],
    };
    expect(diffVersions(version([]), version([base])).actions).toEqual([expect.objectContaining({ change: 'ADDED', cost })]);
    expect(diffVersions(version([base]), version([])).actions).toEqual([expect.objectContaining({ change: 'REMOVED', cost })]);
  });

  it('has no cost to show for an added action whose costing it was not given', () => {
    const withoutCostings = version([base]);
    const diff = diffVersions(version([]), { ...withoutCostings, costing: { ...withoutCostings.costing, actions: undefined } });
    expect(diff.actions[0]).toMatchObject({ change: 'ADDED', cost: null });
  });

  it('compares the comparable contents stored beside versions as it compares their whole contents', () => {
    const second: SchemeAction = { ...base, id: 'a2', title: 'DPO du centre de gestion' };
    const after: SchemeAction = { ...base, participants: [participant('82112'), participant('82121')], allocation: { kind: 'split', key: { kind: 'usage', metric: 'jours_de_dpo', unitLabel: 'jours de DPO' } } };
    const [v1, v2] = [version([base, second]), version([after, second])];
    const diff = diffVersions(v1, v2);
    expect(diff.actions.map((a) => a.actionId)).toEqual(['a1']);
    expect(diff.communes.length).toBeGreaterThan(0);
    expect(diffVersions(comparableOf(v1), comparableOf(v2))).toEqual(diff);
    expect(JSON.stringify(comparableOf(v1)).length).toBeLessThan(JSON.stringify(v1).length / 2);
  });

  it('sees an action read back with its keys in another order (as jsonb gives them) as unchanged', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as unknown as SchemeAction;
    expect(diffVersions(version([base]), version([reordered])).actions).toEqual([]);
  });

  it('finds the actions one side lacks, whose costings a comparison reads', () => {
    expect(unmatchedActionIds([{ id: 'a1' }, { id: 'a2' }], [{ id: 'a2' }, { id: 'a3' }])).toEqual(['a1']);
  });
});
