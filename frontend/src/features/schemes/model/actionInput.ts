/** The domain's SchemeAction as the API's ActionInput: records become lists, decimals text. */
import type { ActionKind, AllocationKey, AllocationRule, DecimalInput, PriceComponent } from '@mutualis/domain/costing/types';
import { DEFAULT_ACQUISITION_CHARGE, type ActionDetails, type DetailsOf, type EnteredCostLine, type SchemeAction, type StatusQuoRule } from '@mutualis/domain/scheme/action';
import type {
  ActionDetailsInput,
  ActionInput,
  AllocationInput,
  AllocationKeyInput,
  CostLineInput,
  PriceComponentInput,
  StatusQuoRuleInput,
} from '../../../gql/graphql';

const text = (value: DecimalInput) => String(value);
const textOrNull = (value: DecimalInput | null | undefined) => (value === null || value === undefined ? null : String(value));
const byCommune = <T>(record: Record<string, DecimalInput>, as: (insee: string, value: string) => T): T[] =>
  Object.entries(record).map(([insee, value]) => as(insee, text(value)));

function statusQuoInput(rule: StatusQuoRule): StatusQuoRuleInput {
  switch (rule.kind) {
    case 'ENTERED':
      return { kind: 'ENTERED' };
    case 'FLAT':
      return { kind: 'FLAT', amountCents: rule.amountCents };
    case 'PER_INHABITANT':
      return { kind: 'PER_INHABITANT', population: rule.population, rateCents: text(rule.rateCents) };
    case 'METRIC':
      return { kind: 'METRIC', metric: rule.metric, unitPriceCents: text(rule.unitPriceCents) };
  }
}

function costLineInput(line: EnteredCostLine): CostLineInput {
  switch (line.kind) {
    case 'oneOff':
      return { kind: 'oneOff', label: line.label, nature: line.nature, year: line.year, amountCents: line.amountCents };
    case 'yearly':
      return { kind: 'yearly', label: line.label, nature: line.nature, years: line.years, amountCents: line.amountCents, indexationPercent: textOrNull(line.indexationPercent) };
    case 'staff':
      return { kind: 'staff', label: line.label, years: line.years, etp: text(line.etp), loadedAnnualCostCents: line.loadedAnnualCostCents, indexationPercent: textOrNull(line.indexationPercent) };
  }
}

function keyInput(key: AllocationKey): AllocationKeyInput {
  switch (key.kind) {
    case 'population':
      return { kind: key.kind, population: key.population };
    case 'devices':
      return { kind: key.kind, devices: key.devices };
    case 'usage':
      return { kind: key.kind, metric: key.metric, unitLabel: key.unitLabel };
    case 'percentages':
      return { kind: key.kind, percents: byCommune(key.percents, (insee, percent) => ({ insee, percent })) };
    case 'composite':
      return { kind: key.kind, parts: key.parts.map((part) => ({ percent: text(part.percent), key: keyInput(part.key) })) };
    default:
      return { kind: key.kind };
  }
}

function priceInput(price: PriceComponent): PriceComponentInput {
  switch (price.kind) {
    case 'flat':
      return { kind: 'flat', amountCents: price.amountCents };
    case 'perInhabitant':
      return { kind: 'perInhabitant', population: price.population, rateCents: text(price.rateCents) };
    case 'perUnit':
      return { kind: 'perUnit', metric: price.metric, unitLabel: price.unitLabel, rateCents: text(price.rateCents) };
    case 'bands':
      return { kind: 'bands', population: price.population, bands: price.bands.map((band) => ({ upTo: band.upTo, rateCents: text(band.rateCents) })) };
  }
}

function allocationInput(rule: AllocationRule): AllocationInput {
  if (rule.kind === 'tariff') {
    return { kind: 'tariff', price: rule.price.map(priceInput), paidTo: rule.paidTo, indexationPercent: textOrNull(rule.indexationPercent) };
  }
  const share = rule.epciShare;
  return {
    kind: 'split',
    key: keyInput(rule.key),
    epciShare: !share ? null : share.kind === 'percent' ? { kind: 'percent', percent: text(share.percent) } : { kind: 'amount', amountCents: share.amountCents },
    fixedPartCents: rule.fixedPartCents ?? null,
    floorCents: rule.bounds?.floorCents ?? null,
    ceilingCents: rule.bounds?.ceilingCents ?? null,
    boundsByCommune: Object.entries(rule.bounds?.byCommune ?? {}).map(([insee, bounds]) => ({
      insee,
      floorCents: bounds.floorCents ?? null,
      ceilingCents: bounds.ceilingCents ?? null,
    })),
  };
}

/** Each kind's details as the API's input. */
const DETAILS_INPUT: { [K in ActionKind]: (details: DetailsOf<K>) => ActionDetailsInput } = {
  SHARED_SERVICE: (details) => ({
    kind: details.kind,
    function: details.function,
    functionLabel: details.functionLabel,
    impactSheetDone: details.impactSheetDone,
    cstOpinionObtained: details.cstOpinionObtained,
  }),
  SERVICE_PROVISION: (details) => ({
    kind: details.kind,
    direction: details.direction,
    unitLabel: details.unitLabel,
    unitCostCents: text(details.unitCostCents),
    forecastUnits: byCommune(details.forecastUnits, (insee, quantity) => ({ insee, quantity })),
  }),
  GROUP_PURCHASE: (details) => ({
    kind: details.kind,
    coordinator: details.coordinator,
    lots: details.lots.map((lot) => ({
      label: lot.label,
      unitPriceCents: text(lot.unitPriceCents),
      quantities: byCommune(lot.quantities, (insee, quantity) => ({ insee, quantity })),
    })),
    expectedGainPercent: text(details.expectedGainPercent),
    contractYears: details.contractYears,
    purchase: details.purchase ?? 'RECURRING',
    purchaseYear: details.purchase === 'ONE_OFF' ? (details.purchaseYear ?? null) : null,
  }),
  POOLED_DPO: (details) => ({ kind: details.kind, provider: details.provider, providerName: details.providerName }),
  // The fees are not sent: the server takes them from its registry.
  OPSN_MEMBERSHIP: (details) => ({
    kind: details.kind,
    opsnId: details.opsnId,
    services: details.services.map((service) => ({ kind: service.kind, label: service.label })),
    payer: details.payer,
    population: details.population,
    daysMetric: details.daysMetric,
  }),
  SHARED_ASSET: (details) => ({
    kind: details.kind,
    acquisitionCents: details.acquisitionCents,
    acquisitionYear: details.acquisitionYear,
    depreciationYears: details.depreciationYears,
    runningCostCents: details.runningCostCents,
    acquisitionCharge: details.acquisitionCharge ?? DEFAULT_ACQUISITION_CHARGE,
  }),
};

// A mapped record indexed by a union loses the link between a kind and its details: one cast restores it.
const detailsInput = <D extends ActionDetails>(details: D) => (DETAILS_INPUT[details.kind] as (details: D) => ActionDetailsInput)(details);

export function toActionInput(action: SchemeAction): ActionInput {
  return {
    title: action.title,
    description: action.description,
    theme: action.theme,
    obligations: action.obligations,
    kind: action.kind,
    years: { first: action.years.first, last: action.years.last },
    participants: action.participants.map((p) => ({
      insee: p.insee,
      payment: p.payment,
      statusQuoCents: p.statusQuoCents,
      etpTransferred: textOrNull(p.etpTransferred),
    })),
    statusQuo: statusQuoInput(action.statusQuo),
    costLines: action.costLines.map(costLineInput),
    allocation: action.allocation ? allocationInput(action.allocation) : null,
    epciEtpGained: textOrNull(action.epciEtpGained),
    details: detailsInput(action.details),
  };
}
