/**
 * French labels of the choices a drafter makes in an action (its form's options, and the words
 * that describe an action, see describe-action.ts). Capitalised, as options are shown; the
 * costing's own lower-case words for populations and devices are in costing/figures.ts.
 */
import type { AllocationKey, DeviceKind, ExpenseNature, PaymentMode, PopulationKind, PriceComponent, TariffRule } from '../costing/types.js';
import type { DetailsOf, EnteredCostLine, StatusQuoRule } from './action.js';

type Labels<K extends string> = Record<K, string>;

export const KEY_KIND_LABELS: Labels<AllocationKey['kind']> = {
  equal: 'Parts égales',
  population: 'Population',
  agents: 'Agents (ETP)',
  devices: 'Équipements (postes, téléphones, tablettes)',
  percentages: 'Pourcentages fixés par convention',
  usage: 'Métrique d’usage',
  potentielFinancier: 'Potentiel financier',
  composite: 'Clé composite (pondération de plusieurs clés)',
};

export const POPULATION_CHOICE_LABELS: Labels<PopulationKind> = {
  municipale: 'Population municipale',
  totale: 'Population totale',
  dgf: 'Population DGF',
};

export const DEVICE_CHOICE_LABELS: Labels<DeviceKind> = {
  workstations: 'Postes de travail',
  phones: 'Téléphones',
  tablets: 'Tablettes',
};

export const PAYMENT_LABELS: Labels<PaymentMode> = {
  INVOICE: 'Facture',
  AC_DEDUCTION: 'Déduction de l’AC',
};

export const STATUS_QUO_LABELS: Labels<StatusQuoRule['kind']> = {
  ENTERED: 'Montant saisi pour chaque commune',
  FLAT: 'Même montant pour chaque commune',
  PER_INHABITANT: 'Montant par habitant',
  METRIC: 'Métrique d’usage × prix unitaire',
};

export const COST_LINE_LABELS: Labels<EnteredCostLine['kind']> = {
  staff: 'Personnel',
  yearly: 'Dépense annuelle',
  oneOff: 'Dépense ponctuelle',
};

export const NATURE_LABELS: Labels<ExpenseNature> = { OPERATING: 'Fonctionnement', INVESTMENT: 'Investissement' };

export const PRICE_KIND_LABELS: Labels<PriceComponent['kind']> = {
  flat: 'Forfait par commune',
  perInhabitant: 'Montant par habitant',
  perUnit: 'Prix par unité d’une métrique',
  bands: 'Tranches de population (taux marginaux)',
};

export const PAID_TO_LABELS: Labels<TariffRule['paidTo']> = {
  PROVIDER: 'Un prestataire (OPSN, centre de gestion…) facture chaque commune',
  EPCI: 'L’intercommunalité facture les communes et supporte le solde',
};

export const DIRECTION_LABELS: Labels<DetailsOf<'SERVICE_PROVISION'>['direction']> = {
  DESCENDING: 'Descendante : services de l’intercommunalité mis à disposition des communes',
  ASCENDING: 'Ascendante : services des communes mis à disposition de l’intercommunalité',
};

export const OPSN_PAYER_LABELS: Labels<DetailsOf<'OPSN_MEMBERSHIP'>['payer']> = {
  COMMUNES: 'Chaque commune paie sa cotisation',
  EPCI: 'L’intercommunalité paie pour toutes les communes participantes',
};

export const EPCI_SHARE_LABELS = {
  none: 'Aucune',
  percent: 'Un pourcentage du coût',
  amount: 'Un montant annuel',
} as const;
