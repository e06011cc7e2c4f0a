import { DomainError } from '../errors.js';
import type { FeeFormula } from '../opsn/opsn.js';
import { actionInputOf, type ActionDetails, type SchemeAction } from './action.js';
import { parseAction, type ActionParseContext } from './parse-action.js';
import { schemeAction } from './test-builders.js';

const YEARS = { first: 2026, last: 2029 };
const OPSN_ID = '5b0c9a52-0a3e-4d5e-9f4b-2b1d1c0e7a11';
const FEE: FeeFormula = { kind: 'PER_INHABITANT', amountCents: '12.5', perDayCents: null };
const context: ActionParseContext = {
  opsns: [{ id: OPSN_ID, name: 'Numérian', services: [{ kind: 'TELETRANSMISSION', label: null, fee: FEE }, { kind: 'OTHER', label: 'Parapheur', fee: null }] }],
};

const parse = (value: unknown) => parseAction(value, 'a1', context);
/** The action as a client writes it: JSON, without its id. */
const written = (action: SchemeAction) => {
  const { id: _id, ...rest } = JSON.parse(JSON.stringify(action)) as SchemeAction;
  return rest;
};
/** The French message and the field of the refusal of `value`. */
function refusal(value: unknown): { message: string; field: unknown } {
  try {
    parse(value);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') return { message: error.message, field: error.details.field };
    throw error;
  }
  throw new Error('accepted');
}

const sharedService = schemeAction({
  kind: 'SHARED_SERVICE',
  years: YEARS,
  details: { kind: 'SHARED_SERVICE', function: 'GIS', functionLabel: 'Cartographe', impactSheetDone: true, cstOpinionObtained: false },
  costLines: [{ kind: 'yearly', label: 'Licences', nature: 'OPERATING', years: YEARS, amountCents: 120_000, indexationPercent: '2' }],
  allocation: { kind: 'split', key: { kind: 'equal' } },
});
/** The least a client may send: what has no default. */
const minimal = { title: 'Action', kind: 'POOLED_DPO', years: YEARS, participants: [], statusQuo: { kind: 'ENTERED' }, details: { kind: 'POOLED_DPO' } };
const withDetails = (details: Record<string, unknown>) => ({ ...minimal, kind: details.kind, details });

/** One action of each kind with every field set away from its default. */
const EACH_KIND: Record<ActionDetails['kind'], SchemeAction> = {
  SHARED_SERVICE: schemeAction({
    ...sharedService,
    theme: 'DATA',
    obligations: ['GDPR', 'NIS2'],
    description: 'Un SIG commun',
    statusQuo: { kind: 'PER_INHABITANT', population: 'dgf', rateCents: '1.5' },
    epciEtpGained: '0.5',
    allocation: {
      kind: 'split',
      epciShare: { kind: 'percent', percent: '20' },
      fixedPartCents: 5_000,
      key: {
        kind: 'composite',
        parts: [
          { percent: '50', key: { kind: 'population', population: 'totale' } },
          { percent: '50', key: { kind: 'composite', parts: [{ percent: '100', key: { kind: 'devices', devices: ['phones', 'tablets'] } }] } },
        ],
      },
      bounds: { floorCents: 100, byCommune: { '82112': { ceilingCents: 90_000 } } },
    },
  }),
  SERVICE_PROVISION: schemeAction({
    kind: 'SERVICE_PROVISION',
    years: YEARS,
    details: { kind: 'SERVICE_PROVISION', direction: 'ASCENDING', unitLabel: 'heures', unitCostCents: '3550.5', forecastUnits: { '82112': '10', '82033': '3' } },
  }),
  GROUP_PURCHASE: schemeAction({
    kind: 'GROUP_PURCHASE',
    years: YEARS,
    details: {
      kind: 'GROUP_PURCHASE',
      coordinator: '82112',
      lots: [{ label: 'Ordinateurs', unitPriceCents: '80000', quantities: { '82112': '4', '82033': '2' } }],
      expectedGainPercent: '12.5',
      contractYears: 3,
      purchase: 'ONE_OFF',
      purchaseYear: 2027,
    },
  }),
  POOLED_DPO: schemeAction({
    kind: 'POOLED_DPO',
    years: YEARS,
    details: { kind: 'POOLED_DPO', provider: 'FIRM', providerName: 'Cabinet Lex' },
    allocation: {
      kind: 'tariff',
      paidTo: 'PROVIDER',
      indexationPercent: '1.5',
      price: [
        { kind: 'flat', amountCents: 30_000 },
        { kind: 'perUnit', metric: 'jours_de_dpo', unitLabel: 'jours de DPO', rateCents: '45000' },
        { kind: 'bands', population: 'totale', bands: [{ upTo: 1_000, rateCents: '10' }, { upTo: null, rateCents: '5' }] },
      ],
    },
  }),
  OPSN_MEMBERSHIP: schemeAction({
    kind: 'OPSN_MEMBERSHIP',
    years: YEARS,
    details: { kind: 'OPSN_MEMBERSHIP', opsnId: OPSN_ID, opsnName: 'Numérian', services: [{ kind: 'TELETRANSMISSION', label: null, fee: FEE }], payer: 'EPCI', population: 'dgf', daysMetric: 'jours' },
  }),
  SHARED_ASSET: schemeAction({
    kind: 'SHARED_ASSET',
    years: YEARS,
    details: { kind: 'SHARED_ASSET', acquisitionCents: 900_000, acquisitionYear: 2026, depreciationYears: 8, runningCostCents: 20_000, acquisitionCharge: 'ONE_OFF' },
    allocation: { kind: 'split', key: { kind: 'usage', metric: 'impressions', unitLabel: 'pages imprimées' } },
  }),
};

describe('parseAction: the round trip', () => {
  it.each(Object.entries(EACH_KIND))('reads back a %s action written as JSON as the same action', (_, action) => {
    expect(parse(written(action))).toEqual(action);
  });

  it('reads back what actionInputOf writes, the OPSN fees left to the registry', () => {
    const opsn = EACH_KIND.OPSN_MEMBERSHIP;
    const input = actionInputOf(opsn);
    expect(input.details).toEqual({ kind: 'OPSN_MEMBERSHIP', opsnId: OPSN_ID, services: [{ kind: 'TELETRANSMISSION', label: null }], payer: 'EPCI', population: 'dgf', daysMetric: 'jours' });
    expect(input).not.toHaveProperty('id');
    expect(parse(JSON.parse(JSON.stringify(input)))).toEqual(opsn);
  });

  it('gives the action the id the server chose and ignores one the client sent', () => {
    expect(parseAction({ ...written(sharedService), id: 'choisi-par-le-client' }, 'a7', context).id).toBe('a7');
  });

  it('keeps only the fields of the variant it reads', () => {
    const parsed = parse({ ...written(sharedService), statusQuo: { kind: 'ENTERED', amountCents: 5 }, details: { ...sharedService.details, unitLabel: 'heures' } });
    expect(parsed.statusQuo).toEqual({ kind: 'ENTERED' });
    expect(parsed.details).toEqual(sharedService.details);
  });
});

describe('parseAction: defaults of absent fields', () => {
  it('gives an action without optional fields an empty description, no theme, obligations, cost lines, rule or ETP', () => {
    expect(parse(minimal)).toMatchObject({ description: '', theme: null, obligations: [], costLines: [], allocation: null, epciEtpGained: null });
  });

  it('reads a participant without status quo or ETP as null ones', () => {
    expect(parse({ ...minimal, participants: [{ insee: '82112', payment: 'INVOICE' }] }).participants).toEqual([
      { insee: '82112', payment: 'INVOICE', statusQuoCents: null, etpTransferred: null },
    ]);
  });

  it('trims the title and counts an obligation named twice once', () => {
    expect(parse({ ...minimal, title: '  SIG  ', obligations: ['GDPR', 'GDPR'] })).toMatchObject({ title: 'SIG', obligations: ['GDPR'] });
  });

  it('reads a one-off line as an investment and a yearly line as operating, without indexation when it is 0', () => {
    const lines = parse({
      ...minimal,
      costLines: [
        { kind: 'oneOff', label: 'Achat', year: 2026, amountCents: 10 },
        { kind: 'yearly', label: 'Loyer', years: YEARS, amountCents: 20, indexationPercent: 0 },
      ],
    }).costLines;
    expect(lines).toEqual([
      { kind: 'oneOff', label: 'Achat', nature: 'INVESTMENT', year: 2026, amountCents: 10 },
      { kind: 'yearly', label: 'Loyer', nature: 'OPERATING', years: YEARS, amountCents: 20 },
    ]);
  });

  it('reads a population key without population as the municipal one, a devices key without devices as workstations', () => {
    const keyOf = (key: unknown) => parse({ ...minimal, allocation: { kind: 'split', key } }).allocation;
    expect(keyOf({ kind: 'population' })).toEqual({ kind: 'split', key: { kind: 'population', population: 'municipale' } });
    expect(keyOf({ kind: 'devices', devices: [] })).toEqual({ kind: 'split', key: { kind: 'devices', devices: ['workstations'] } });
  });

  it('names a usage key’s units after its metric when no unit label is given', () => {
    expect(parse({ ...minimal, allocation: { kind: 'split', key: { kind: 'usage', metric: 'ads' } } }).allocation).toEqual({
      kind: 'split',
      key: { kind: 'usage', metric: 'ads', unitLabel: 'ads' },
    });
  });

  it('bills a tariff through the EPCI when no payee is given', () => {
    expect(parse({ ...minimal, allocation: { kind: 'tariff' } }).allocation).toEqual({ kind: 'tariff', price: [], paidTo: 'EPCI' });
  });

  it('gives each kind’s details their defaults', () => {
    expect(parse(withDetails({ kind: 'SHARED_SERVICE' })).details).toEqual({
      kind: 'SHARED_SERVICE',
      function: 'OTHER',
      functionLabel: null,
      impactSheetDone: false,
      cstOpinionObtained: false,
    });
    expect(parse(withDetails({ kind: 'SERVICE_PROVISION', unitCostCents: '10' })).details).toEqual({
      kind: 'SERVICE_PROVISION',
      direction: 'DESCENDING',
      unitLabel: '',
      unitCostCents: '10',
      forecastUnits: {},
    });
    expect(parse(withDetails({ kind: 'GROUP_PURCHASE', purchaseYear: 2027 })).details).toEqual({
      kind: 'GROUP_PURCHASE',
      coordinator: 'EPCI',
      lots: [],
      expectedGainPercent: '0',
      contractYears: 1,
      purchase: 'RECURRING',
      purchaseYear: null,
    });
    expect(parse(withDetails({ kind: 'POOLED_DPO', providerName: '  ' })).details).toEqual({ kind: 'POOLED_DPO', provider: 'CENTRE_DE_GESTION', providerName: null });
    expect(parse(withDetails({ kind: 'OPSN_MEMBERSHIP', opsnId: OPSN_ID })).details).toEqual({
      kind: 'OPSN_MEMBERSHIP',
      opsnId: OPSN_ID,
      opsnName: 'Numérian',
      services: [],
      payer: 'COMMUNES',
      population: 'totale',
      daysMetric: null,
    });
    expect(parse(withDetails({ kind: 'SHARED_ASSET', acquisitionYear: 2026 })).details).toEqual({
      kind: 'SHARED_ASSET',
      acquisitionCents: 0,
      acquisitionYear: 2026,
      depreciationYears: 5,
      runningCostCents: 0,
      acquisitionCharge: 'DEPRECIATION_FROM_ACQUISITION_YEAR',
    });
  });
});

describe('parseAction: the OPSN registry', () => {
  it('copies the fee of a chosen service from the registry, not from the client', () => {
    const details = parse(withDetails({ kind: 'OPSN_MEMBERSHIP', opsnId: OPSN_ID, services: [{ kind: 'TELETRANSMISSION', fee: { kind: 'FLAT_EPCI', amountCents: '1' } }] })).details;
    expect(details).toMatchObject({ opsnName: 'Numérian', services: [{ kind: 'TELETRANSMISSION', label: null, fee: FEE }] });
  });

  it('refuses an OPSN that is not in the registry', () => {
    expect(refusal(withDetails({ kind: 'OPSN_MEMBERSHIP', opsnId: 'a0000000-0000-4000-8000-000000000000' }))).toEqual({
      message: "Choisissez un OPSN du registre de l'intercommunalité.",
      field: 'details.opsnId',
    });
  });

  it('refuses a service whose fee the registry does not know', () => {
    expect(refusal(withDetails({ kind: 'OPSN_MEMBERSHIP', opsnId: OPSN_ID, services: [{ kind: 'OTHER', label: 'Parapheur' }] })).message).toBe(
      "Le tarif du service « Parapheur » de Numérian n'est pas renseigné dans le registre.",
    );
  });
});

describe('parseAction: refusals, in French, with the field', () => {
  it('refuses what is not an object', () => {
    expect(refusal([1, 2]).message).toBe('Un objet est attendu.');
  });

  it('refuses an empty title', () => {
    expect(refusal({ ...minimal, title: '   ' })).toEqual({ message: "Le titre de l'action doit contenir entre 1 et 200 caractères.", field: 'title' });
  });

  it('refuses an unknown kind', () => {
    expect(refusal({ ...minimal, kind: 'FUSION' })).toEqual({ message: "La nature de l'action est inconnue.", field: 'kind' });
  });

  it('refuses details of an unknown kind', () => {
    expect(refusal(withDetails({ kind: 'FUSION' }))).toEqual({ message: "La nature de l'action est inconnue.", field: 'details.kind' });
  });

  it('refuses an absent field that has no default, naming it', () => {
    expect(refusal({ ...minimal, years: { first: 2026 } })).toEqual({ message: 'Il manque le champ « years.last ».', field: 'years.last' });
  });

  it('refuses an amount that is negative, fractional, or beyond 10 billion euros', () => {
    const withStatusQuo = (statusQuoCents: unknown) => ({ ...minimal, participants: [{ insee: '82112', payment: 'INVOICE', statusQuoCents }] });
    expect(refusal(withStatusQuo(-5))).toEqual({ message: 'Un montant doit être un nombre entier de centimes positif.', field: 'participants.0.statusQuoCents' });
    expect(refusal(withStatusQuo(1.5)).message).toBe('Un montant doit être un nombre entier de centimes positif.');
    expect(refusal(withStatusQuo(2 ** 53 + 2)).message).toBe('Un montant ne peut pas dépasser 10 milliards d’euros.');
  });

  it('refuses a decimal that is not a bounded decimal writing', () => {
    expect(refusal({ ...minimal, epciEtpGained: '1,5' })).toEqual({
      message: 'Un nombre décimal est attendu (par exemple 2.5), avec au plus 12 chiffres avant la virgule et 6 après.',
      field: 'epciEtpGained',
    });
    expect(refusal({ ...minimal, epciEtpGained: '1234567890123' }).field).toBe('epciEtpGained');
  });

  it('refuses an INSEE code that is not 5 characters, in a list and as a key', () => {
    expect(refusal({ ...minimal, participants: [{ insee: '8211', payment: 'INVOICE' }] })).toEqual({ message: 'Un code INSEE a 5 caractères.', field: 'participants.0.insee' });
    expect(refusal(withDetails({ kind: 'SERVICE_PROVISION', unitCostCents: '1', forecastUnits: { '821122': '1' } })).field).toBe('details.forecastUnits.821122');
  });

  it('refuses an unknown theme and an unknown obligation', () => {
    expect(refusal({ ...minimal, theme: 'SPORT' }).message).toBe('Le thème est inconnu.');
    expect(refusal({ ...minimal, obligations: ['RGPD'] })).toEqual({ message: 'Une obligation est inconnue.', field: 'obligations.0' });
  });

  it('refuses a description over 10 000 characters', () => {
    expect(refusal({ ...minimal, description: 'x'.repeat(10_001) }).message).toBe('La description est trop longue (10 000 caractères au plus).');
  });

  it('refuses more than 500 participants', () => {
    const participants = Array.from({ length: 501 }, () => ({ insee: '82112', payment: 'INVOICE' }));
    expect(refusal({ ...minimal, participants })).toEqual({ message: '« participants » : 500 éléments au plus.', field: 'participants' });
  });

  it('refuses a split without a key and a cost line without its amount', () => {
    expect(refusal({ ...minimal, allocation: { kind: 'split' } }).message).toBe('Choisissez une clé de répartition.');
    expect(refusal({ ...minimal, costLines: [{ kind: 'oneOff', label: 'Achat', year: 2026 }] })).toEqual({
      message: 'Ligne de coût 1 (« Achat ») : indiquez son montant.',
      field: 'costLines.0.amountCents',
    });
  });

  it('refuses a missing required field of each kind with its own message', () => {
    expect(refusal(withDetails({ kind: 'SERVICE_PROVISION' }))).toEqual({
      message: 'Mise à disposition : indiquez le coût unitaire de fonctionnement.',
      field: 'details.unitCostCents',
    });
    expect(refusal(withDetails({ kind: 'GROUP_PURCHASE', lots: [{ label: 'PC', quantities: {} }] }))).toEqual({
      message: 'Il manque le champ « details.lots.0.unitPriceCents ».',
      field: 'details.lots.0.unitPriceCents',
    });
    expect(refusal(withDetails({ kind: 'SHARED_ASSET' }))).toEqual({ message: "Biens partagés : indiquez l'année d'acquisition.", field: 'details.acquisitionYear' });
    expect(refusal(withDetails({ kind: 'OPSN_MEMBERSHIP', opsnId: 'numerian' }))).toEqual({ message: "L'OPSN choisi n'est pas valide.", field: 'details.opsnId' });
    expect(refusal(withDetails({ kind: 'SHARED_SERVICE', function: 'CHEF' })).field).toBe('details.function');
    expect(refusal(withDetails({ kind: 'POOLED_DPO', provider: 'AMI' })).field).toBe('details.provider');
  });
});

describe('parseAction: composite keys', () => {
  const nested = (depth: number): unknown => (depth === 0 ? { kind: 'equal' } : { kind: 'composite', parts: [{ percent: '100', key: nested(depth - 1) }] });
  const withKey = (key: unknown) => ({ ...minimal, allocation: { kind: 'split', key } });

  it('reads a composite of composites three keys deep', () => {
    expect(parse(withKey(nested(2))).allocation).toEqual({ kind: 'split', key: nested(2) });
  });

  it('refuses a fourth level of keys, naming where', () => {
    expect(refusal(withKey(nested(3)))).toEqual({
      message: "Clé de répartition : une clé composite s'imbrique sur 3 niveaux au plus.",
      field: 'allocation.key.parts.0.key.parts.0.key.parts.0.key',
    });
  });
});
