import { describe, expect, it } from '@jest/globals';
import type { SchemeAction } from '@mutualis/domain/scheme/action';
import { draftFromAction, emptyDraft } from './actionDraft';
import { readEuroRate, readEuros, typedEuros } from './amounts';
import { mergeDrafts } from './mergeDrafts';
import { readDraft, type DraftEnvironment } from './readDraft';

const MANDATE = { first: 2026, last: 2032 };
const env: DraftEnvironment = {
  communes: [
    { insee: '82112', name: 'Moissac', populationMunicipale: 13_652 },
    { insee: '82019', name: 'Boudou', populationMunicipale: 755 },
  ],
  taxRegime: 'FPU',
  opsns: [
    {
      id: 'opsn-1',
      name: 'Syndicat numérique',
      services: [{ kind: 'TELETRANSMISSION', label: null, fee: { kind: 'PER_INHABITANT', amountCents: '110', perDayCents: null, description: '1,10 €' } }],
    },
  ],
  metrics: [{ key: 'jours_de_dpo', label: 'jours de DPO' }],
};

const common = {
  id: 'a1',
  title: 'Action',
  description: 'Pourquoi',
  theme: 'CYBERSECURITY' as const,
  obligations: ['NIS2' as const],
  years: { first: 2027, last: 2031 },
  epciEtpGained: null,
  costLines: [],
};

const participants = (statusQuoCents: number | null = null) => [
  { insee: '82112', payment: 'AC_DEDUCTION' as const, statusQuoCents, etpTransferred: '0.5' },
  { insee: '82019', payment: 'INVOICE' as const, statusQuoCents, etpTransferred: null },
];

/** One action of each kind, written as the form writes them back (decimals as text). */
const ACTIONS: SchemeAction[] = [
  {
    ...common,
    kind: 'SHARED_SERVICE',
    participants: participants(1_200_000),
    statusQuo: { kind: 'ENTERED' },
    epciEtpGained: '1.5',
    costLines: [
      { kind: 'staff', label: 'RSSI', years: { first: 2027, last: 2031 }, etp: '1.5', loadedAnnualCostCents: 5_500_000, indexationPercent: '2.5' },
      { kind: 'yearly', label: 'Licences', nature: 'OPERATING', years: { first: 2028, last: 2031 }, amountCents: 123_456 },
      { kind: 'oneOff', label: 'Serveurs', nature: 'INVESTMENT', year: 2027, amountCents: 1_000_000 },
    ],
    allocation: {
      kind: 'split',
      key: { kind: 'composite', parts: [{ percent: '50', key: { kind: 'population', population: 'dgf' } }, { percent: '50', key: { kind: 'devices', devices: ['workstations', 'phones'] } }] },
      epciShare: { kind: 'percent', percent: '20' },
      fixedPartCents: 50_000,
      bounds: { floorCents: 10_000, ceilingCents: 5_000_000, byCommune: { '82019': { ceilingCents: 150_000 }, '82112': { floorCents: 20_000, ceilingCents: 9_000_000 } } },
    },
    details: { kind: 'SHARED_SERVICE', function: 'CYBERSECURITY', functionLabel: 'RSSI', impactSheetDone: true, cstOpinionObtained: false },
  },
  {
    ...common,
    kind: 'SERVICE_PROVISION',
    participants: participants().map((p) => ({ ...p, payment: 'INVOICE' as const })),
    statusQuo: { kind: 'PER_INHABITANT', population: 'totale', rateCents: '37.5' },
    allocation: null,
    details: { kind: 'SERVICE_PROVISION', direction: 'ASCENDING', unitLabel: 'heures', unitCostCents: '4250', forecastUnits: { '82112': '120', '82019': '12.5' } },
  },
  {
    ...common,
    kind: 'GROUP_PURCHASE',
    participants: participants().map((p) => ({ ...p, payment: 'INVOICE' as const, etpTransferred: null })),
    statusQuo: { kind: 'ENTERED' },
    allocation: null,
    details: { kind: 'GROUP_PURCHASE', coordinator: '82112', lots: [{ label: 'PC', unitPriceCents: '40000', quantities: { '82112': '10' } }], expectedGainPercent: '12.5', contractYears: 4, purchase: 'ONE_OFF', purchaseYear: 2027 },
  },
  {
    ...common,
    kind: 'POOLED_DPO',
    participants: participants().map((p) => ({ ...p, payment: 'INVOICE' as const })),
    statusQuo: { kind: 'METRIC', metric: 'jours_de_dpo', unitPriceCents: '30000' },
    allocation: {
      kind: 'tariff',
      paidTo: 'PROVIDER',
      indexationPercent: '1.5',
      price: [
        { kind: 'flat', amountCents: 20_000 },
        { kind: 'perUnit', metric: 'jours_de_dpo', unitLabel: 'jours de DPO', rateCents: '25000' },
        { kind: 'bands', population: 'municipale', bands: [{ upTo: 1000, rateCents: '50' }, { upTo: null, rateCents: '25' }] },
      ],
    },
    details: { kind: 'POOLED_DPO', provider: 'CENTRE_DE_GESTION', providerName: 'CDG 82' },
  },
  {
    ...common,
    kind: 'OPSN_MEMBERSHIP',
    participants: participants().map((p) => ({ ...p, payment: 'INVOICE' as const, etpTransferred: null })),
    statusQuo: { kind: 'FLAT', amountCents: 45_000 },
    allocation: null,
    details: {
      kind: 'OPSN_MEMBERSHIP',
      opsnId: 'opsn-1',
      opsnName: 'Syndicat numérique',
      services: [{ kind: 'TELETRANSMISSION', label: null, fee: { kind: 'PER_INHABITANT', amountCents: '110', perDayCents: null } }],
      payer: 'EPCI',
      population: 'totale',
      daysMetric: null,
    },
  },
  {
    ...common,
    kind: 'SHARED_ASSET',
    participants: participants().map((p) => ({ ...p, payment: 'INVOICE' as const, etpTransferred: null })),
    statusQuo: { kind: 'ENTERED' },
    allocation: { kind: 'split', key: { kind: 'percentages', percents: { '82112': '80', '82019': '20' } } },
    details: { kind: 'SHARED_ASSET', acquisitionCents: 600_000, acquisitionYear: 2027, depreciationYears: 5, runningCostCents: 50_000, acquisitionCharge: 'DEPRECIATION_FROM_NEXT_YEAR' },
  },
];

describe('amounts typed the French way', () => {
  it('reads euros to the cent and rates below the cent, exactly', () => {
    expect(readEuros('10 000,00')).toEqual({ ok: true, value: 1_000_000 });
    expect(readEuros('1\u202f234,56')).toEqual({ ok: true, value: 123_456 });
    expect(readEuros('0,1')).toEqual({ ok: true, value: 10 });
    expect(readEuros('1,234')).toMatchObject({ ok: false });
    expect(readEuros('douze')).toMatchObject({ ok: false });
    expect(readEuroRate('0,375')).toEqual({ ok: true, value: '37.5' });
    expect(readEuroRate('1,10')).toEqual({ ok: true, value: '110' });
  });

  it('writes cents back as a French user types them', () => {
    expect(typedEuros(123_450)).toBe('1\u202f234,50');
    expect(typedEuros(5)).toBe('0,05');
  });
});

describe('the action form', () => {
  it.each(ACTIONS.map((action) => [action.kind, action] as const))('gives back a saved %s unchanged', (_kind, action) => {
    const { action: read, readable, problems } = readDraft(draftFromAction(action, MANDATE), action.id, env);
    expect(problems).toEqual([]);
    expect(readable).toBe(true);
    expect(read).toEqual(action);
  });

  it('names the field of every figure it cannot read', () => {
    const draft = emptyDraft('SHARED_SERVICE', MANDATE);
    draft.participants = ['82112'];
    draft.entries = { '82112': { payment: 'INVOICE', statusQuo: '12a', etpTransferred: '', forecastUnits: '', percent: '', floor: '', ceiling: '' } };
    draft.allocation = { ...draft.allocation, epciShare: 'percent', epciSharePercent: '' };
    const { readable, problems } = readDraft(draft, 'new', env);
    expect(readable).toBe(false);
    expect(problems).toEqual([
      { field: 'participants', message: 'Situation actuelle de Moissac : « 12a » n\'est pas un nombre.', unreadable: true },
      { field: 'allocation', message: 'Part de l’intercommunalité : indiquez une valeur.' },
    ]);
  });

  it('reads a commune’s own floor and ceiling only while the form says some communes have one', () => {
    const draft = draftFromAction(ACTIONS[0], MANDATE);
    expect(draft.allocation.boundsByCommune).toBe(true);
    expect(draft.entries['82019']).toMatchObject({ floor: '', ceiling: '1\u202f500,00' });
    draft.entries['82019'] = { ...draft.entries['82019'], floor: '2000' };
    const { action, problems } = readDraft(draft, ACTIONS[0].id, env);
    expect(problems).toEqual([]);
    expect(action.allocation).toMatchObject({ bounds: { byCommune: { '82019': { floorCents: 200_000, ceilingCents: 150_000 } } } });

    draft.entries['82019'] = { ...draft.entries['82019'], floor: 'deux mille' };
    expect(readDraft(draft, ACTIONS[0].id, env).problems).toEqual([
      { field: 'allocation.bounds', message: 'Plancher de Boudou : « deux mille » n\'est pas un nombre.', unreadable: true },
    ]);
    draft.allocation = { ...draft.allocation, boundsByCommune: false };
    expect(readDraft(draft, ACTIONS[0].id, env).action.allocation).toEqual({ ...ACTIONS[0].allocation, bounds: { floorCents: 10_000, ceilingCents: 5_000_000 } });
  });
});

describe('re-applying an input on top of a colleague’s version', () => {
  const base = draftFromAction(ACTIONS[0], MANDATE);

  it('keeps what each changed when they changed different fields', () => {
    const mine = { ...base, epciEtpGained: '2' };
    const theirs = { ...draftFromAction(ACTIONS[0], MANDATE), title: 'Cybersécurité mutualisée' };
    const { draft, overlapping } = mergeDrafts(base, mine, theirs);
    expect(draft.title).toBe('Cybersécurité mutualisée');
    expect(draft.epciEtpGained).toBe('2');
    expect(overlapping).toEqual([]);
  });

  it('adds and removes communes from both sides, and keeps the input where both changed a field', () => {
    const mine = { ...base, title: 'Mon titre', participants: ['82112'] };
    const theirs = { ...base, title: 'Leur titre', participants: ['82112', '82019', '82003'] };
    const { draft, overlapping } = mergeDrafts(base, mine, theirs);
    expect(draft.title).toBe('Mon titre');
    expect(draft.participants).toEqual(['82112', '82003']);
    expect(overlapping).toEqual(['Titre']);
  });
});
