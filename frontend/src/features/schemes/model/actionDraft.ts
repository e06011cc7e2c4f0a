/**
 * The action form's state: the domain's SchemeAction with every figure kept as typed, so that
 * « 1 234, » survives a keystroke. `readDraft` turns it back into a SchemeAction.
 */
import type {
  ActionKind,
  AllocationKey,
  DeviceKind,
  ExpenseNature,
  PaymentMode,
  PopulationKind,
  PriceComponent,
  YearRange,
} from '@mutualis/domain/costing/types';
import { ACTION_KINDS, type EnteredCostLine, type Obligation, type SchemeAction, type StatusQuoRule, type Theme } from '@mutualis/domain/scheme/action';
import { typedCentsText, typedDecimal } from '@mutualis/domain/territory/numbers';
import { typedEuros } from './amounts';
import type { GroupPurchaseFields } from './kind-forms/group-purchase';
import type { OpsnMembershipFields } from './kind-forms/opsn-membership';
import type { PooledDpoFields } from './kind-forms/pooled-dpo';
import type { ServiceProvisionFields } from './kind-forms/service-provision';
import type { SharedAssetFields } from './kind-forms/shared-asset';
import type { SharedServiceFields } from './kind-forms/shared-service';
import { formOf, KIND_FORMS } from './kinds';
import { newRowId } from './rows';

/** What is typed for one commune; kept when the commune is unticked, so ticking it back restores it. */
export interface CommuneEntry {
  payment: PaymentMode;
  /** Yearly status quo in euros, with the « entered » rule. */
  statusQuo: string;
  etpTransferred: string;
  /** Service provision: units forecast in the convention. */
  forecastUnits: string;
  /** Percentages key: the commune's percent. */
  percent: string;
  /** Split rule: the commune's own floor and ceiling in euros a year, over the rule's. */
  floor: string;
  ceiling: string;
}

export interface StatusQuoDraft {
  kind: StatusQuoRule['kind'];
  amount: string;
  population: PopulationKind;
  rate: string;
  metric: string;
  unitPrice: string;
}

export interface CostLineDraft {
  id: string;
  kind: EnteredCostLine['kind'];
  label: string;
  nature: ExpenseNature;
  year: number;
  years: YearRange;
  amount: string;
  indexation: string;
  etp: string;
  loadedCost: string;
}

/** A key that is not composite: the parts of a composite key. */
export type SimpleKeyKind = Exclude<AllocationKey['kind'], 'composite' | 'percentages'>;

export interface KeyDraft {
  kind: AllocationKey['kind'];
  population: PopulationKind;
  devices: DeviceKind[];
  metric: string;
  parts: KeyPartDraft[];
}

export interface KeyPartDraft {
  id: string;
  percent: string;
  key: Omit<KeyDraft, 'parts' | 'kind'> & { kind: SimpleKeyKind };
}

export interface BandDraft {
  id: string;
  upTo: string;
  rate: string;
}

export interface PriceDraft {
  id: string;
  kind: PriceComponent['kind'];
  amount: string;
  population: PopulationKind;
  rate: string;
  metric: string;
  bands: BandDraft[];
}

export interface AllocationDraft {
  kind: 'split' | 'tariff';
  epciShare: 'none' | 'percent' | 'amount';
  epciSharePercent: string;
  epciShareAmount: string;
  fixedPart: string;
  key: KeyDraft;
  floor: string;
  ceiling: string;
  /** Whether some communes have a floor or ceiling of their own, typed in their entries. */
  boundsByCommune: boolean;
  paidTo: 'EPCI' | 'PROVIDER';
  indexation: string;
  price: PriceDraft[];
}

/** Every kind's own fields side by side; `readDraft` keeps those of the action's kind. */
export type DetailsDraft = SharedServiceFields & ServiceProvisionFields & GroupPurchaseFields & PooledDpoFields & OpsnMembershipFields & SharedAssetFields;

export interface ActionDraft {
  kind: ActionKind;
  title: string;
  description: string;
  theme: Theme | '';
  obligations: Obligation[];
  years: YearRange;
  /** INSEE codes of the participating communes. */
  participants: string[];
  entries: Record<string, CommuneEntry>;
  statusQuo: StatusQuoDraft;
  costLines: CostLineDraft[];
  allocation: AllocationDraft;
  epciEtpGained: string;
  details: DetailsDraft;
}

// Row keys are the form's for every row; kept here, where the form's other pieces are imported from.
export { newRowId };

const EMPTY_ENTRY: CommuneEntry = { payment: 'INVOICE', statusQuo: '', etpTransferred: '', forecastUnits: '', percent: '', floor: '', ceiling: '' };

/** What is typed for a commune, blank for one never ticked. */
export const entryOf = (draft: Pick<ActionDraft, 'entries'>, insee: string): CommuneEntry => draft.entries[insee] ?? EMPTY_ENTRY;

export function newCostLine(kind: EnteredCostLine['kind'], years: YearRange): CostLineDraft {
  return {
    id: newRowId(),
    kind,
    label: '',
    nature: kind === 'oneOff' ? 'INVESTMENT' : 'OPERATING',
    year: years.first,
    years,
    amount: '',
    indexation: '',
    etp: '',
    loadedCost: '',
  };
}

export function newPrice(kind: PriceComponent['kind'], metric = ''): PriceDraft {
  return { id: newRowId(), kind, amount: '', population: 'municipale', rate: '', metric, bands: kind === 'bands' ? [newBand()] : [] };
}

export const newBand = (): BandDraft => ({ id: newRowId(), upTo: '', rate: '' });

const emptyKey = (metric: string): KeyDraft => ({ kind: 'equal', population: 'municipale', devices: ['workstations'], metric, parts: [] });

/** A new action of a kind, over the whole mandate, nobody taking part yet. */
export function emptyDraft(kind: ActionKind, mandate: YearRange, firstMetric = ''): ActionDraft {
  const form = KIND_FORMS[kind];
  const tariff = form.startsAsTariff;
  // Every kind's fields are kept side by side, blank but for the chosen kind's starting choices.
  const details = Object.assign({}, ...ACTION_KINDS.map((each) => KIND_FORMS[each].blank(mandate, each === kind))) as DetailsDraft;
  return {
    kind,
    title: '',
    description: '',
    theme: '',
    obligations: [...form.obligations],
    years: { first: mandate.first, last: mandate.last },
    participants: [],
    entries: {},
    statusQuo: { kind: 'ENTERED', amount: '', population: 'municipale', rate: '', metric: firstMetric, unitPrice: '' },
    costLines: [],
    allocation: {
      kind: tariff ? 'tariff' : 'split',
      epciShare: 'none',
      epciSharePercent: '',
      epciShareAmount: '',
      fixedPart: '',
      key: emptyKey(firstMetric),
      floor: '',
      ceiling: '',
      boundsByCommune: false,
      paidTo: 'PROVIDER',
      indexation: '',
      price: tariff ? [newPrice('flat'), newPrice('perUnit', firstMetric)] : [],
    },
    epciEtpGained: '',
    details,
  };
}

const optionalEuros = (cents: number | undefined) => (cents === undefined ? '' : typedEuros(cents));
const optionalDecimal = (value: string | number | undefined) => typedDecimal(value ?? null);

function keyDraft(key: AllocationKey, metric: string): KeyDraft {
  const draft = emptyKey(metric);
  switch (key.kind) {
    case 'population':
      return { ...draft, kind: key.kind, population: key.population };
    case 'devices':
      return { ...draft, kind: key.kind, devices: key.devices };
    case 'usage':
      return { ...draft, kind: key.kind, metric: key.metric };
    case 'composite':
      return {
        ...draft,
        kind: key.kind,
        parts: key.parts.map((part) => {
          const { parts: _parts, ...simple } = keyDraft(part.key, metric);
          return { id: newRowId(), percent: typedDecimal(part.percent), key: simple as KeyPartDraft['key'] };
        }),
      };
    default:
      return { ...draft, kind: key.kind };
  }
}

function priceDraft(price: PriceComponent): PriceDraft {
  const draft = newPrice(price.kind);
  switch (price.kind) {
    case 'flat':
      return { ...draft, amount: typedEuros(price.amountCents) };
    case 'perInhabitant':
      return { ...draft, population: price.population, rate: typedCentsText(price.rateCents) };
    case 'perUnit':
      return { ...draft, metric: price.metric, rate: typedCentsText(price.rateCents) };
    case 'bands':
      return {
        ...draft,
        population: price.population,
        bands: price.bands.map((band) => ({ id: newRowId(), upTo: band.upTo === null ? '' : String(band.upTo), rate: typedCentsText(band.rateCents) })),
      };
  }
}

function costLineDraft(line: EnteredCostLine): CostLineDraft {
  const draft = newCostLine(line.kind, line.kind === 'oneOff' ? { first: line.year, last: line.year } : line.years);
  switch (line.kind) {
    case 'oneOff':
      return { ...draft, label: line.label, nature: line.nature, year: line.year, amount: typedEuros(line.amountCents) };
    case 'yearly':
      return { ...draft, label: line.label, nature: line.nature, amount: typedEuros(line.amountCents), indexation: optionalDecimal(line.indexationPercent) };
    case 'staff':
      return {
        ...draft,
        label: line.label,
        etp: typedDecimal(line.etp),
        loadedCost: typedEuros(line.loadedAnnualCostCents),
        indexation: optionalDecimal(line.indexationPercent),
      };
  }
}

/** The form's state for a saved action: every figure written back as a French user types it. */
export function draftFromAction(action: SchemeAction, mandate: YearRange, firstMetric = ''): ActionDraft {
  const draft = emptyDraft(action.kind, mandate, firstMetric);
  const entries: Record<string, CommuneEntry> = {};
  for (const participant of action.participants) {
    entries[participant.insee] = {
      ...EMPTY_ENTRY,
      payment: participant.payment,
      statusQuo: participant.statusQuoCents === null ? '' : typedEuros(participant.statusQuoCents),
      etpTransferred: typedDecimal(participant.etpTransferred),
    };
  }
  const rule = action.statusQuo;
  const allocation = action.allocation;
  const writing = { action, setEntry: (insee: string, change: Partial<CommuneEntry>) => (entries[insee] = { ...(entries[insee] ?? EMPTY_ENTRY), ...change }) };
  const details: DetailsDraft = { ...draft.details, ...formOf(action.details).toDraft(action.details, writing) };
  if (allocation?.kind === 'split' && allocation.key.kind === 'percentages') {
    for (const [insee, percent] of Object.entries(allocation.key.percents)) entries[insee] = { ...(entries[insee] ?? EMPTY_ENTRY), percent: typedDecimal(percent) };
  }
  if (allocation?.kind === 'split') {
    for (const [insee, bounds] of Object.entries(allocation.bounds?.byCommune ?? {})) {
      entries[insee] = { ...(entries[insee] ?? EMPTY_ENTRY), floor: optionalEuros(bounds.floorCents), ceiling: optionalEuros(bounds.ceilingCents) };
    }
  }

  return {
    ...draft,
    title: action.title,
    description: action.description,
    theme: action.theme ?? '',
    obligations: action.obligations,
    years: action.years,
    participants: action.participants.map((p) => p.insee),
    entries,
    statusQuo: {
      ...draft.statusQuo,
      kind: rule.kind,
      ...(rule.kind === 'FLAT' ? { amount: typedEuros(rule.amountCents) } : {}),
      ...(rule.kind === 'PER_INHABITANT' ? { population: rule.population, rate: typedCentsText(rule.rateCents) } : {}),
      ...(rule.kind === 'METRIC' ? { metric: rule.metric, unitPrice: typedCentsText(rule.unitPriceCents) } : {}),
    },
    costLines: action.costLines.map(costLineDraft),
    allocation: !allocation
      ? draft.allocation
      : allocation.kind === 'tariff'
        ? { ...draft.allocation, kind: 'tariff', paidTo: allocation.paidTo, indexation: optionalDecimal(allocation.indexationPercent), price: allocation.price.map(priceDraft) }
        : {
            ...draft.allocation,
            kind: 'split',
            epciShare: allocation.epciShare?.kind ?? 'none',
            epciSharePercent: allocation.epciShare?.kind === 'percent' ? typedDecimal(allocation.epciShare.percent) : '',
            epciShareAmount: allocation.epciShare?.kind === 'amount' ? typedEuros(allocation.epciShare.amountCents) : '',
            fixedPart: optionalEuros(allocation.fixedPartCents),
            key: keyDraft(allocation.key, firstMetric),
            floor: optionalEuros(allocation.bounds?.floorCents),
            ceiling: optionalEuros(allocation.bounds?.ceilingCents),
            boundsByCommune: Object.keys(allocation.bounds?.byCommune ?? {}).length > 0,
            price: [],
          },
    epciEtpGained: typedDecimal(action.epciEtpGained),
    details,
  };
}
