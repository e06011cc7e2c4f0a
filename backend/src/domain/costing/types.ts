// Input and output of the costing engine: plain JSON data, stored as is in the draft (JSONB),
// sent over GraphQL as JSON and frozen into versions. Every amount is in integer euro cents.
import type { Cents } from '../money.js';

/** An exact decimal figure: a JSON number (2.5) or a string ("33.33"), read from its decimal
 * writing and never computed with as a binary float. */
export type DecimalInput = number | string;

export type TaxRegime = 'FPU' | 'FA';
export type PopulationKind = 'municipale' | 'totale' | 'dgf';
export type DeviceKind = 'workstations' | 'phones' | 'tablets';
export type ActionKind =
  | 'SHARED_SERVICE' // service commun, L5211-4-2
  | 'SERVICE_PROVISION' // mise à disposition de services, L5211-4-1 and D5211-16
  | 'GROUP_PURCHASE' // groupement de commandes
  | 'POOLED_DPO' // DPO mutualisé
  | 'OPSN_MEMBERSHIP' // adhésion à un OPSN
  | 'SHARED_ASSET'; // biens partagés, L5211-4-3
/** AC_DEDUCTION: paid by deduction from the attribution de compensation (FPU EPCI, shared service). */
export type PaymentMode = 'INVOICE' | 'AC_DEDUCTION';
/** Fonctionnement or investissement: the impact statement concerns operating expenses only. */
export type ExpenseNature = 'OPERATING' | 'INVESTMENT';

/** Inclusive range of calendar years. */
export interface YearRange {
  first: number;
  last: number;
}

// ---------------------------------------------------------------------------------------------
// Input

export interface CostingInput {
  /** The years the scheme covers, e.g. 2026–2032. */
  mandate: YearRange;
  taxRegime: TaxRegime;
  communes: CommuneProfile[];
  actions: Action[];
}

export interface CommuneProfile {
  /** INSEE code, 5 characters (2A004 in Corsica). */
  insee: string;
  name: string;
  population: { municipale: number; totale: number; dgf?: number };
  agentsEtp?: DecimalInput;
  devices?: Partial<Record<DeviceKind, number>>;
  potentielFinancierCents?: Cents;
  /** Named usage figures (ADS files a year, days of DPO work…), by metric key. */
  usage?: Record<string, DecimalInput>;
}

export interface Action {
  id: string;
  title: string;
  kind: ActionKind;
  /** Years the action runs; defaults to the whole mandate. */
  years?: YearRange;
  participants: Participant[];
  costLines: CostLine[];
  allocation: AllocationRule;
  /** ETP the EPCI gains (recruits or receives) while the action runs. */
  epciEtpGained?: DecimalInput;
}

export interface Participant {
  insee: string;
  payment: PaymentMode;
  /** What the commune pays today, or would pay alone, each year the action runs. */
  statusQuo?: { operatingCents: Cents; investmentCents?: Cents };
  /** ETP the commune transfers or stops using while the action runs. */
  etpTransferred?: DecimalInput;
  /** Figures for this action only (e.g. units forecast in the convention), by metric key; they
   * take precedence over the commune profile's usage figures. */
  usage?: Record<string, DecimalInput>;
  /** What the commune receives each year the action runs, e.g. the EPCI's reimbursement of a
   * service the commune puts at its disposal (D5211-16), with how it is computed, in French. */
  receipt?: { cents: Cents; explanation: string };
}

/** One-off lines fall in one year; yearly lines repeat, indexed from their first year; a
 * depreciation spreads an acquisition over its depreciation period. */
export type CostLine =
  | { kind: 'oneOff'; label: string; nature: ExpenseNature; year: number; amountCents: Cents }
  | {
      kind: 'yearly';
      label: string;
      nature: ExpenseNature;
      years: YearRange;
      amountCents: Cents;
      indexationPercent?: DecimalInput;
    }
  | {
      /** Staff: ETP × loaded annual cost (coût annuel chargé); always operating. */
      kind: 'staff';
      label: string;
      years: YearRange;
      etp: DecimalInput;
      loadedAnnualCostCents: Cents;
      indexationPercent?: DecimalInput;
    }
  | {
      /** Straight-line depreciation (dotation aux amortissements, an operating expense) of an
       * acquisition over `depreciationYears`, from the acquisition year or the next; the years
       * outside the action are not charged (what remains is said in the explanations). */
      kind: 'depreciation';
      label: string;
      acquisitionYear: number;
      amountCents: Cents;
      depreciationYears: number;
      from: 'ACQUISITION_YEAR' | 'NEXT_YEAR';
    };

export type AllocationRule = SplitRule | TariffRule;

/** Splits the action's yearly cost: the EPCI's share first, then a fixed part per participant,
 * then the rest by a key, within optional floors and ceilings. */
export interface SplitRule {
  kind: 'split';
  epciShare?: EpciShare;
  /** Fixed part each participant pays every year before the rest is split by the key. */
  fixedPartCents?: Cents;
  key: AllocationKey;
  /** Floor and ceiling of each participant's yearly share; `byCommune` overrides by INSEE code. */
  bounds?: Bounds & { byCommune?: Record<string, Bounds> };
}

export interface Bounds {
  floorCents?: Cents;
  ceilingCents?: Cents;
}

/** The EPCI's own share, taken from each year's cost before the split; an amount is capped at
 * that year's cost. */
export type EpciShare = { kind: 'percent'; percent: DecimalInput } | { kind: 'amount'; amountCents: Cents };

/** Allocation keys (clés de répartition). */
export type AllocationKey =
  | { kind: 'equal' }
  | { kind: 'population'; population: PopulationKind }
  | { kind: 'agents' }
  | { kind: 'devices'; devices: DeviceKind[] }
  /** Fixed percentages by INSEE code, e.g. a post shared 80/20 by time; they must sum to 100. */
  | { kind: 'percentages'; percents: Record<string, DecimalInput> }
  /** A usage metric; `unitLabel` is its plural French name, e.g. "jours de DPO". */
  | { kind: 'usage'; metric: string; unitLabel: string }
  | { kind: 'potentielFinancier' }
  /** Weighted keys, e.g. 50 % population + 50 % usage; the percents must sum to 100. */
  | { kind: 'composite'; parts: { percent: DecimalInput; key: AllocationKey }[] };

/** Prices each participant directly, every year the action runs (a tariff, not a split). */
export interface TariffRule {
  kind: 'tariff';
  price: PriceComponent[];
  /** Yearly indexation of the price, compounding from the action's first year. */
  indexationPercent?: DecimalInput;
  /** EPCI: the EPCI runs the service and bills the price, so it bears its cost lines minus what
   * the communes pay. PROVIDER: an outside body (OPSN, centre de gestion) bills each commune; the
   * EPCI bears its own cost lines and the action's total is those lines plus the prices. */
  paidTo: 'EPCI' | 'PROVIDER';
}

/** Rates are in cents and may be decimal (110 = 1,10 €; 37.5 = 0,375 €). */
export type PriceComponent =
  | { kind: 'flat'; amountCents: Cents }
  | { kind: 'perInhabitant'; population: PopulationKind; rateCents: DecimalInput }
  /** Unit cost × units (D5211-16), units from the participant's or the commune's usage figures. */
  | { kind: 'perUnit'; metric: string; unitLabel: string; rateCents: DecimalInput }
  /** Marginal per-inhabitant rates by band; `upTo: null` for the last, open band. */
  | { kind: 'bands'; population: PopulationKind; bands: { upTo: number | null; rateCents: DecimalInput }[] };

// ---------------------------------------------------------------------------------------------
// Output

export type Payer = { kind: 'EPCI' } | { kind: 'COMMUNE'; insee: string };

export interface Share {
  payer: Payer;
  cents: Cents;
  operatingCents: Cents;
  investmentCents: Cents;
  /** How a commune pays; null for the EPCI. */
  payment: PaymentMode | null;
  /** How the share was computed, in French, for a page or a report. */
  explanation: string;
}

export interface ActionYear {
  year: number;
  totalCents: Cents;
  operatingCents: Cents;
  investmentCents: Cents;
  /** The EPCI first, then the participants in input order; adds up to totalCents. */
  shares: Share[];
}

export interface ActionCosting {
  actionId: string;
  title: string;
  kind: ActionKind;
  years: ActionYear[];
  totalCents: Cents;
}

/** The statement CGCT L5211-39-1 asks for: change in staff and in operating expenses. */
export interface Impact {
  /** Change in ETP (a stock): for a year, that year's change; over the mandate, the change in
   * its last year. */
  etpChange: number;
  operatingExpenseChangeCents: Cents;
}

export interface CommuneFigures {
  schemeCents: Cents;
  statusQuoCents: Cents;
  /** Status quo minus scheme cost plus receipts: negative when the scheme costs the commune more. */
  savingCents: Cents;
  /** Scheme cost per inhabitant (population municipale), rounded half-up; null without inhabitants. */
  costPerInhabitantCents: Cents | null;
  acDeductionCents: Cents;
  /** What the commune receives from the scheme (a receipt, shown as « Recette » with a minus);
   * absent from the costings of rules version 1. */
  receiptCents: Cents;
  impact: Impact;
}

export interface CommuneCosting {
  insee: string;
  name: string;
  /** The population municipale costs per inhabitant are computed on; absent from the costings of
   * rules version 1. */
  population: number;
  years: (CommuneFigures & { year: number })[];
  mandate: CommuneFigures;
}

export interface EpciFigures {
  schemeCents: Cents;
  impact: Impact;
}

export interface Totals {
  epciCents: Cents;
  communesCents: Cents;
  totalCents: Cents;
}

export interface CostingResult {
  mandate: YearRange;
  actions: ActionCosting[];
  /** Every member commune, in input order, with a row for every year of the mandate. */
  communes: CommuneCosting[];
  epci: { years: (EpciFigures & { year: number })[]; mandate: EpciFigures };
  totals: { years: (Totals & { year: number })[]; mandate: Totals };
}
