/**
 * An action of the scheme as the drafter describes it: the instrument (kind) with its own fields,
 * who takes part, what it costs and how it is shared, and what each commune pays today (status
 * quo). Stored as JSON in the draft and frozen as is into versions; `toCostingAction` turns it
 * into what the costing engine reads.
 */
import type { FeeFormula, OpsnServiceKind } from '../opsn/opsn.js';
import type {
  ActionKind,
  AllocationRule,
  CostLine,
  DecimalInput,
  DeviceKind,
  ExpenseNature,
  PaymentMode,
  PopulationKind,
  YearRange,
} from '../costing/types.js';

export const ACTION_KINDS = [
  'SHARED_SERVICE',
  'SERVICE_PROVISION',
  'GROUP_PURCHASE',
  'POOLED_DPO',
  'OPSN_MEMBERSHIP',
  'SHARED_ASSET',
] as const satisfies readonly ActionKind[];

export const PAYMENT_MODES = ['INVOICE', 'AC_DEDUCTION'] as const satisfies readonly PaymentMode[];
export const POPULATION_KINDS = ['municipale', 'totale', 'dgf'] as const satisfies readonly PopulationKind[];
export const DEVICE_KINDS = ['workstations', 'phones', 'tablets'] as const satisfies readonly DeviceKind[];
export const EXPENSE_NATURES = ['OPERATING', 'INVESTMENT'] as const satisfies readonly ExpenseNature[];

export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  SHARED_SERVICE: 'Service commun',
  SERVICE_PROVISION: 'Mise à disposition de services',
  GROUP_PURCHASE: 'Groupement de commandes',
  POOLED_DPO: 'DPO mutualisé',
  OPSN_MEMBERSHIP: 'Adhésion à un OPSN',
  SHARED_ASSET: 'Biens partagés',
};

export const THEMES = [
  'CYBERSECURITY',
  'DATA',
  'SUSTAINABLE_DIGITAL',
  'DIGITAL_INCLUSION',
  'AI',
  'DIGITAL_SOVEREIGNTY',
  'CITIZEN_SERVICES',
  'INFRASTRUCTURE',
  'ADMINISTRATION',
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  CYBERSECURITY: 'Cybersécurité',
  DATA: 'Données',
  SUSTAINABLE_DIGITAL: 'Numérique responsable',
  DIGITAL_INCLUSION: 'Inclusion numérique',
  AI: 'Intelligence artificielle',
  DIGITAL_SOVEREIGNTY: 'Indépendance numérique',
  CITIZEN_SERVICES: 'Relation usagers',
  INFRASTRUCTURE: 'Infrastructures et équipements',
  ADMINISTRATION: 'Fonctions support',
};

/** Regulatory obligations an action answers. */
export const OBLIGATIONS = ['GDPR', 'RGAA', 'NIS2', 'REEN', 'AGEC', 'OPEN_DATA', 'EIDAS', 'RGS', 'DATA_GOVERNANCE_ACT', 'AI_ACT'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];

export const OBLIGATION_LABELS: Record<Obligation, string> = {
  GDPR: 'RGPD',
  RGAA: 'RGAA (accessibilité)',
  NIS2: 'NIS 2 (sécurité)',
  REEN: 'REEN (empreinte environnementale)',
  AGEC: 'AGEC (réemploi)',
  OPEN_DATA: 'Loi pour une République numérique (open data)',
  EIDAS: 'eIDAS',
  RGS: 'RGS',
  DATA_GOVERNANCE_ACT: 'Data Governance Act',
  AI_ACT: 'AI Act',
};

export const SERVICE_FUNCTIONS = ['IT', 'CYBERSECURITY', 'GIS', 'DPO', 'PLANNING_PERMITS', 'OTHER'] as const;
export type ServiceFunction = (typeof SERVICE_FUNCTIONS)[number];
export const SERVICE_FUNCTION_LABELS: Record<ServiceFunction, string> = {
  IT: 'DSI',
  CYBERSECURITY: 'RSSI / cybersécurité',
  GIS: 'SIG',
  DPO: 'DPO',
  PLANNING_PERMITS: "ADS (autorisations du droit des sols)",
  OTHER: 'Autre fonction',
};

export const DPO_PROVIDERS = ['EPCI_STAFF', 'CENTRE_DE_GESTION', 'OPSN', 'FIRM'] as const;
export type DpoProvider = (typeof DPO_PROVIDERS)[number];
export const DPO_PROVIDER_LABELS: Record<DpoProvider, string> = {
  EPCI_STAFF: "Agent de l'intercommunalité",
  CENTRE_DE_GESTION: 'Centre de gestion',
  OPSN: 'OPSN',
  FIRM: 'Prestataire privé',
};

/** How a shared asset's acquisition is charged: straight-line depreciation from the year of
 * acquisition or the next (what communes usually reimburse), or at once in the year of purchase. */
export const ACQUISITION_CHARGES = ['DEPRECIATION_FROM_ACQUISITION_YEAR', 'DEPRECIATION_FROM_NEXT_YEAR', 'ONE_OFF'] as const;
export type AcquisitionCharge = (typeof ACQUISITION_CHARGES)[number];
export const ACQUISITION_CHARGE_LABELS: Record<AcquisitionCharge, string> = {
  DEPRECIATION_FROM_ACQUISITION_YEAR: 'Amortissement à partir de l’année d’acquisition',
  DEPRECIATION_FROM_NEXT_YEAR: 'Amortissement à partir de l’année suivante',
  ONE_OFF: 'En une fois, l’année de l’achat',
};
/** Read for actions saved before the rule existed (costing rules version 1 charged at once). */
export const DEFAULT_ACQUISITION_CHARGE: AcquisitionCharge = 'DEPRECIATION_FROM_ACQUISITION_YEAR';

/** A group purchase bought once (in a year) or needs that recur every year of the contract. */
export const PURCHASE_MODES = ['ONE_OFF', 'RECURRING'] as const;
export type PurchaseMode = (typeof PURCHASE_MODES)[number];
export const PURCHASE_MODE_LABELS: Record<PurchaseMode, string> = {
  ONE_OFF: 'Achat ponctuel, une année',
  RECURRING: 'Besoins récurrents, chaque année du marché',
};

/** What the instrument needs beyond costs and shares. */
export type ActionDetails =
  | {
      kind: 'SHARED_SERVICE';
      function: ServiceFunction;
      functionLabel: string | null;
      /** The convention's prerequisites: fiche d'impact, opinion of the comité social territorial. */
      impactSheetDone: boolean;
      cstOpinionObtained: boolean;
    }
  | {
      kind: 'SERVICE_PROVISION';
      /** ASCENDING: communes' services put at the EPCI's disposal; DESCENDING: the EPCI's at the communes'. */
      direction: 'ASCENDING' | 'DESCENDING';
      /** Plural French name of the unit, e.g. "heures". */
      unitLabel: string;
      /** Unit operating cost from the latest comptes administratifs (D5211-16), in cents. */
      unitCostCents: DecimalInput;
      /** Units forecast in the convention, by INSEE code. */
      forecastUnits: Record<string, DecimalInput>;
    }
  | {
      kind: 'GROUP_PURCHASE';
      /** The EPCI, or the INSEE code of the member commune that runs the procedure. */
      coordinator: 'EPCI' | string;
      lots: { label: string; unitPriceCents: DecimalInput; quantities: Record<string, DecimalInput> }[];
      /** Price gain expected from grouping, in percent of each member's own price. */
      expectedGainPercent: DecimalInput;
      /** The contract runs from the action's first year for this many years. */
      contractYears: number;
      /** Absent from actions saved before the rule existed: read as RECURRING. */
      purchase?: PurchaseMode;
      /** ONE_OFF: the year of the purchase (the action's first year when absent). */
      purchaseYear?: number | null;
    }
  | { kind: 'POOLED_DPO'; provider: DpoProvider; providerName: string | null }
  | {
      kind: 'OPSN_MEMBERSHIP';
      opsnId: string;
      opsnName: string;
      /** The services joined, with the fee copied from the registry when chosen. */
      services: { kind: OpsnServiceKind; label: string | null; fee: FeeFormula }[];
      /** EPCI: the EPCI pays for all its communes; COMMUNES: each commune pays its fee. */
      payer: 'EPCI' | 'COMMUNES';
      /** The population per-inhabitant fees are computed on. */
      population: PopulationKind;
      /** For fees per day: the usage metric holding each commune's days. */
      daysMetric: string | null;
    }
  | {
      kind: 'SHARED_ASSET';
      acquisitionCents: number;
      acquisitionYear: number;
      depreciationYears: number;
      runningCostCents: number;
      /** Absent from actions saved before the rule existed: read as DEFAULT_ACQUISITION_CHARGE. */
      acquisitionCharge?: AcquisitionCharge;
    };

/** The details of one kind of action. */
export type DetailsOf<K extends ActionKind> = Extract<ActionDetails, { kind: K }>;

/** The cost lines a drafter enters (a depreciation comes from a shared asset's details). */
export type EnteredCostLine = Exclude<CostLine, { kind: 'depreciation' }>;

/** How each participant's yearly status quo (what it pays today, or would pay alone) is obtained. */
export type StatusQuoRule =
  | { kind: 'ENTERED' }
  | { kind: 'FLAT'; amountCents: number }
  | { kind: 'PER_INHABITANT'; population: PopulationKind; rateCents: DecimalInput }
  | { kind: 'METRIC'; metric: string; unitPriceCents: DecimalInput };

export interface ActionParticipant {
  insee: string;
  payment: PaymentMode;
  /** With the ENTERED rule: yearly operating cents. */
  statusQuoCents: number | null;
  etpTransferred: DecimalInput | null;
}

export interface SchemeAction {
  id: string;
  title: string;
  description: string;
  theme: Theme | null;
  obligations: Obligation[];
  kind: ActionKind;
  years: YearRange;
  participants: ActionParticipant[];
  statusQuo: StatusQuoRule;
  /** Entered cost lines; some kinds add their own (a shared asset's acquisition and running cost). */
  costLines: EnteredCostLine[];
  /** The sharing rule; null where the kind sets it (provision, group purchase, OPSN membership). */
  allocation: AllocationRule | null;
  epciEtpGained: DecimalInput | null;
  details: ActionDetails;
}

/** An OPSN service as a client chooses it: the fee is the registry's, copied by the server. */
export interface OpsnServiceChoice {
  kind: OpsnServiceKind;
  label: string | null;
}

/** The details as a client writes them: those of an OPSN membership name the OPSN and its services only. */
export type ActionDetailsInput =
  | Exclude<ActionDetails, { kind: 'OPSN_MEMBERSHIP' }>
  | (Omit<DetailsOf<'OPSN_MEMBERSHIP'>, 'opsnName' | 'services'> & { services: OpsnServiceChoice[] });

/**
 * An action as a client writes it (the GraphQL scalar ActionDefinition on addAction and
 * updateAction): the server assigns its id and checks it with parseAction (parse-action.ts).
 */
export type SchemeActionInput = Omit<SchemeAction, 'id' | 'details'> & { details: ActionDetailsInput };

/** The action as a client writes it back: without its id, an OPSN membership's services without their fees. */
export function actionInputOf({ id: _id, ...action }: SchemeAction): SchemeActionInput {
  const { details } = action;
  if (details.kind !== 'OPSN_MEMBERSHIP') return { ...action, details };
  const { opsnName: _name, ...chosen } = details;
  return { ...action, details: { ...chosen, services: details.services.map(({ kind, label }) => ({ kind, label })) } };
}

/** What a list of actions shows of each one, for a draft and for a frozen version alike. */
export const actionSummary = (action: SchemeAction, position: number) => ({
  id: action.id,
  position,
  title: action.title,
  kind: action.kind,
  theme: action.theme,
  years: action.years,
  participantCount: action.participants.length,
  definition: action,
});
