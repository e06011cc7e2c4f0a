/** Actions as a client writes them (the ActionDefinition scalar: a SchemeActionInput), one of each kind, as a drafter fills them in. */
const MANDATE = { first: 2026, last: 2032 };

export interface ActionParticipant {
  insee: string;
  payment?: 'INVOICE' | 'AC_DEDUCTION';
  statusQuoCents?: number;
}

const participants = (list: readonly ActionParticipant[]) =>
  list.map((p) => ({ insee: p.insee, payment: p.payment ?? 'INVOICE', statusQuoCents: p.statusQuoCents ?? null }));

const common = (title: string, kind: string, list: readonly ActionParticipant[]) => ({
  title,
  description: '',
  obligations: [],
  kind,
  years: MANDATE,
  participants: participants(list),
  statusQuo: { kind: 'ENTERED' },
  costLines: [] as unknown[],
  allocation: null as unknown,
});

/** A shared service: one yearly operating line, the EPCI's share first, the rest by a key. */
export const sharedService = (list: readonly ActionParticipant[], yearlyCents: number, epciPercent: string, key: Record<string, unknown> = { kind: 'equal' }) => ({
  ...common('Service commun informatique', 'SHARED_SERVICE', list),
  theme: 'CYBERSECURITY',
  costLines: [{ kind: 'yearly', label: 'Prestations', years: MANDATE, amountCents: yearlyCents }],
  allocation: { kind: 'split', epciShare: { kind: 'percent', percent: epciPercent }, key },
  details: { kind: 'SHARED_SERVICE', function: 'IT', impactSheetDone: true, cstOpinionObtained: false },
});

/** A pooled DPO priced per member plus per day of work, days from a usage metric. */
export const pooledDpo = (list: readonly ActionParticipant[], flatCents: number, perDayCents: string, daysMetric: string) => ({
  ...common('DPO mutualisé', 'POOLED_DPO', list),
  allocation: {
    kind: 'tariff',
    paidTo: 'PROVIDER',
    price: [
      { kind: 'flat', amountCents: flatCents },
      { kind: 'perUnit', metric: daysMetric, unitLabel: 'jours de DPO', rateCents: perDayCents },
    ],
  },
  details: { kind: 'POOLED_DPO', provider: 'CENTRE_DE_GESTION', providerName: 'Centre de gestion' },
});

export const serviceProvision = (units: Record<string, string>, unitCostCents: string) => ({
  ...common('Mise à disposition du service urbanisme', 'SERVICE_PROVISION', Object.keys(units).map((insee) => ({ insee }))),
  details: {
    kind: 'SERVICE_PROVISION',
    direction: 'DESCENDING',
    unitLabel: 'heures',
    unitCostCents,
    forecastUnits: units,
  },
});

export const groupPurchase = (quantities: Record<string, string>, unitPriceCents: string, gainPercent: string, purchase: Record<string, unknown> = {}) => ({
  ...common('Groupement de commandes informatique', 'GROUP_PURCHASE', Object.keys(quantities).map((insee) => ({ insee }))),
  details: {
    kind: 'GROUP_PURCHASE',
    coordinator: 'EPCI',
    lots: [{ label: 'ordinateurs', unitPriceCents, quantities }],
    expectedGainPercent: gainPercent,
    contractYears: 4,
    ...purchase,
  },
});

export const opsnMembership = (list: readonly ActionParticipant[], opsnId: string, serviceKind: string) => ({
  ...common('Adhésion à l’OPSN', 'OPSN_MEMBERSHIP', list),
  details: { kind: 'OPSN_MEMBERSHIP', opsnId, services: [{ kind: serviceKind }], payer: 'COMMUNES', population: 'totale' },
});

/** A shared asset split in equal shares; `charge` may set acquisitionCharge and depreciationYears (5 by default). */
export const sharedAsset = (list: readonly ActionParticipant[], acquisitionCents: number, acquisitionYear: number, runningCostCents: number, charge: Record<string, unknown> = {}) => ({
  ...common('Traceur partagé', 'SHARED_ASSET', list),
  allocation: { kind: 'split', key: { kind: 'equal' } },
  details: { kind: 'SHARED_ASSET', acquisitionCents, acquisitionYear, depreciationYears: 5, runningCostCents, ...charge },
});
