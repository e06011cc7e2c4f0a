import type { SchemeAction } from './action.js';
import { actionAspects, aspectChanges, aspectValue, describeRule } from './describe-action.js';

const NAMES: Record<string, string> = { '82112': 'Moissac', '82033': 'Castelsarrasin' };
const nameOf = (insee: string) => NAMES[insee] ?? insee;
const metricLabel = (key: string) => (key === 'jours_de_dpo' ? 'Jours de DPO' : key);
const aspects = (action: SchemeAction) => actionAspects(action, nameOf, metricLabel);

const action: SchemeAction = {
  id: 'a1',
  title: 'Service commun informatique',
  description: '',
  theme: 'CYBERSECURITY',
  obligations: ['NIS2'],
  kind: 'SHARED_SERVICE',
  years: { first: 2026, last: 2032 },
  participants: [
    { insee: '82112', payment: 'INVOICE', statusQuoCents: 250_000, etpTransferred: '0.5' },
    { insee: '82033', payment: 'INVOICE', statusQuoCents: 180_000, etpTransferred: null },
  ],
  statusQuo: { kind: 'ENTERED' },
  costLines: [
    { kind: 'staff', label: 'Technicien', etp: '1', loadedAnnualCostCents: 4_500_000, years: { first: 2026, last: 2032 } },
    { kind: 'oneOff', label: 'Serveurs', nature: 'INVESTMENT', year: 2026, amountCents: 1_200_000 },
  ],
  allocation: { kind: 'split', key: { kind: 'equal' }, epciShare: { kind: 'percent', percent: '20' } },
  epciEtpGained: '1',
  details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: true, cstOpinionObtained: false },
};

describe('an action in words', () => {
  it('names communes, not INSEE codes, and says each participant’s settings', () => {
    const words = aspects(action);
    expect(aspectValue(words, 'Participation de Moissac')).toBe('oui');
    expect(aspectValue(words, 'Paiement de Moissac')).toBe('Facture');
    expect(aspectValue(words, 'Situation actuelle de Moissac')).toBe('2\u202f500,00\u00a0€ par an');
    expect(aspectValue(words, 'ETP transférés par Moissac')).toBe('0,5');
    expect(aspectValue(words, 'Participation de Montauban')).toBe('non');
    expect(aspectValue(words, 'Ligne de coût 2')).toBe('Dépense ponctuelle « Serveurs » (investissement) : 12\u202f000,00\u00a0€ en 2026');
  });

  it('finds nothing changed in an action compared with itself or a copy of it', () => {
    expect(aspectChanges(aspects(action), aspects(structuredClone(action)))).toEqual([]);
  });

  it('says a new sharing key in one sentence', () => {
    const byPopulation: SchemeAction = { ...action, allocation: { kind: 'split', key: { kind: 'population', population: 'municipale' }, epciShare: { kind: 'percent', percent: '20' } } };
    expect(aspectChanges(aspects(action), aspects(byPopulation))).toEqual([
      { label: 'Répartition', before: 'Clé : parts égales ; part de l’intercommunalité : 20 %', after: 'Clé : population municipale ; part de l’intercommunalité : 20 %' },
    ]);
  });

  it('says which commune changes how it pays, and who joins', () => {
    const changed: SchemeAction = {
      ...action,
      participants: [
        { insee: '82112', payment: 'AC_DEDUCTION', statusQuoCents: 250_000, etpTransferred: '0.5' },
        { insee: '82033', payment: 'INVOICE', statusQuoCents: 180_000, etpTransferred: null },
        { insee: '82121', payment: 'INVOICE', statusQuoCents: null, etpTransferred: null },
      ],
    };
    expect(aspectChanges(aspects(action), aspects(changed))).toEqual([
      { label: 'Paiement de Moissac', before: 'Facture', after: 'Déduction de l’AC' },
      { label: 'Participation de 82121', before: 'non', after: 'oui' },
      { label: 'Paiement de 82121', before: '—', after: 'Facture' },
    ]);
  });

  it('says a commune’s own floor or ceiling by its name', () => {
    const bounded: SchemeAction = { ...action, allocation: { kind: 'split', key: { kind: 'equal' }, bounds: { byCommune: { '82033': { ceilingCents: 300_000 } } } } };
    const raised: SchemeAction = { ...action, allocation: { kind: 'split', key: { kind: 'equal' }, bounds: { byCommune: { '82033': { ceilingCents: 450_000 } } } } };
    expect(aspectChanges(aspects(bounded), aspects(raised))).toEqual([
      { label: 'Plafond de Castelsarrasin', before: '3\u202f000,00\u00a0€ par an', after: '4\u202f500,00\u00a0€ par an' },
    ]);
  });

  it('says a cost line that changes, by its place in the list', () => {
    const changed: SchemeAction = {
      ...action,
      costLines: [{ ...action.costLines[0], etp: '1.5', indexationPercent: '2' } as SchemeAction['costLines'][number], action.costLines[1]],
    };
    expect(aspectChanges(aspects(action), aspects(changed))).toEqual([
      {
        label: 'Ligne de coût 1',
        before: 'Personnel « Technicien » : 1 ETP × 45\u202f000,00\u00a0€, 2026–2032',
        after: 'Personnel « Technicien » : 1,5 ETP × 45\u202f000,00\u00a0€, 2026–2032, indexé de 2 % par an',
      },
    ]);
  });

  it('says a status quo by metric with the metric’s label, and a tariff in one sentence', () => {
    const tariff: SchemeAction = {
      ...action,
      statusQuo: { kind: 'METRIC', metric: 'jours_de_dpo', unitPriceCents: '45000' },
      allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: [{ kind: 'perInhabitant', population: 'dgf', rateCents: '37.5' }] },
    };
    const words = aspects(tariff);
    expect(aspectValue(words, 'Situation actuelle')).toBe('450,00 € × Jours de DPO');
    expect(aspectValue(words, 'Répartition')).toBe('Tarif : 0,375 € par habitant (population DGF) — un prestataire (OPSN, centre de gestion…) facture chaque commune');
    expect(describeRule({ kind: 'split', key: { kind: 'percentages', percents: { '82112': '60', '82033': '40' } } }, nameOf)).toBe(
      'Clé : pourcentages fixés : Castelsarrasin 40 %, Moissac 60 %',
    );
  });
});
