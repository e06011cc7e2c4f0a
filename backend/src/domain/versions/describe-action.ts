/**
 * An action's settings in words a mayor understands, field by field: what a version comparison
 * shows (« Clé de répartition : population municipale → jours de DPO »).
 */
import { DEVICE_LABELS, POPULATION_LABELS } from '../costing/figures.js';
import { formatEuros, formatRate } from '../costing/explain.js';
import type { AllocationKey, AllocationRule, CostLine, PriceComponent } from '../costing/types.js';
import { parseDecimal } from '../money.js';
import { describeFee } from '../opsn/opsn.js';
import {
  ACTION_KIND_LABELS,
  DPO_PROVIDER_LABELS,
  OBLIGATION_LABELS,
  SERVICE_FUNCTION_LABELS,
  THEME_LABELS,
  type SchemeAction,
  type StatusQuoRule,
} from './../scheme/action.js';

const decimal = (value: string | number) => String(value).replace('.', ',');
const rate = (cents: string | number) => formatRate(parseDecimal(cents) ?? { num: 0n, den: 1n });
const years = (range: { first: number; last: number }) => (range.first === range.last ? `${range.first}` : `${range.first}–${range.last}`);

export function describeKey(key: AllocationKey): string {
  switch (key.kind) {
    case 'equal':
      return 'parts égales';
    case 'population':
      return POPULATION_LABELS[key.population];
    case 'agents':
      return 'agents (ETP)';
    case 'devices':
      return key.devices.map((d) => DEVICE_LABELS[d]).join(' + ');
    case 'percentages':
      return `pourcentages fixés (${Object.entries(key.percents)
        .map(([insee, percent]) => `${insee} : ${decimal(percent)} %`)
        .join(', ')})`;
    case 'usage':
      return key.unitLabel;
    case 'potentielFinancier':
      return 'potentiel financier';
    case 'composite':
      return key.parts.map((p) => `${decimal(p.percent)} % ${describeKey(p.key)}`).join(' + ');
  }
}

function describePrice(component: PriceComponent): string {
  switch (component.kind) {
    case 'flat':
      return `forfait de ${formatEuros(component.amountCents)}`;
    case 'perInhabitant':
      return `${rate(component.rateCents)} par habitant (${POPULATION_LABELS[component.population]})`;
    case 'perUnit':
      return `${rate(component.rateCents)} par unité (${component.unitLabel})`;
    case 'bands':
      return `tranches dégressives (${component.bands.map((b) => `${b.upTo === null ? 'au-delà' : `jusqu'à ${b.upTo} hab.`} : ${rate(b.rateCents)}`).join(', ')})`;
  }
}

function describeLine(line: CostLine): string {
  switch (line.kind) {
    case 'oneOff':
      return `${line.label} : ${formatEuros(line.amountCents)} en ${line.year}`;
    case 'yearly':
      return `${line.label} : ${formatEuros(line.amountCents)} par an (${years(line.years)}${line.indexationPercent ? `, +${decimal(line.indexationPercent)} %/an` : ''})`;
    case 'staff':
      return `${line.label} : ${decimal(line.etp)} ETP × ${formatEuros(line.loadedAnnualCostCents)} (${years(line.years)}${line.indexationPercent ? `, +${decimal(line.indexationPercent)} %/an` : ''})`;
  }
}

function describeStatusQuo(rule: StatusQuoRule): string {
  switch (rule.kind) {
    case 'ENTERED':
      return 'saisie par commune';
    case 'FLAT':
      return `${formatEuros(rule.amountCents)} par commune et par an`;
    case 'PER_INHABITANT':
      return `${rate(rule.rateCents)} par habitant (${POPULATION_LABELS[rule.population]})`;
    case 'METRIC':
      return `${rate(rule.unitPriceCents)} × ${rule.metric}`;
  }
}

/** The rule's settings, each as [label, words]. */
function describeAllocation(rule: AllocationRule | null): [string, string][] {
  if (rule === null) return [];
  if (rule.kind === 'tariff') {
    return [
      ['Tarif', rule.price.map(describePrice).join(' + ')],
      ['Facturé par', rule.paidTo === 'EPCI' ? "l'intercommunalité" : 'le prestataire'],
      ['Indexation du tarif', rule.indexationPercent ? `${decimal(rule.indexationPercent)} % par an` : 'aucune'],
    ];
  }
  const share = rule.epciShare;
  return [
    ['Clé de répartition', describeKey(rule.key)],
    ["Part de l'intercommunalité", !share ? 'aucune' : share.kind === 'percent' ? `${decimal(share.percent)} %` : formatEuros(share.amountCents)],
    ['Part fixe par commune', rule.fixedPartCents ? formatEuros(rule.fixedPartCents) : 'aucune'],
    ['Plancher', rule.bounds?.floorCents !== undefined ? formatEuros(rule.bounds.floorCents) : 'aucun'],
    ['Plafond', rule.bounds?.ceilingCents !== undefined ? formatEuros(rule.bounds.ceilingCents) : 'aucun'],
  ];
}

function describeDetails(action: SchemeAction): [string, string][] {
  const d = action.details;
  switch (d.kind) {
    case 'SHARED_SERVICE':
      return [
        ['Fonction', d.functionLabel ?? SERVICE_FUNCTION_LABELS[d.function]],
        ["Fiche d'impact", d.impactSheetDone ? 'faite' : 'à faire'],
        ['Avis du comité social territorial', d.cstOpinionObtained ? 'obtenu' : 'à obtenir'],
      ];
    case 'SERVICE_PROVISION':
      return [
        ['Sens', d.direction === 'ASCENDING' ? 'ascendant (communes → intercommunalité)' : 'descendant (intercommunalité → communes)'],
        ['Coût unitaire', `${rate(d.unitCostCents)} par ${d.unitLabel}`],
        ['Unités prévues', Object.entries(d.forecastUnits).map(([insee, units]) => `${insee} : ${decimal(units)}`).join(', ') || 'aucune'],
      ];
    case 'GROUP_PURCHASE':
      return [
        ['Coordonnateur', d.coordinator === 'EPCI' ? "l'intercommunalité" : d.coordinator],
        ['Lots', d.lots.map((l) => `${l.label} à ${rate(l.unitPriceCents)}`).join(', ')],
        ['Gain attendu', `${decimal(d.expectedGainPercent)} %`],
        ['Durée du marché', `${d.contractYears} an${d.contractYears > 1 ? 's' : ''}`],
      ];
    case 'POOLED_DPO':
      return [['Prestataire', d.providerName ?? DPO_PROVIDER_LABELS[d.provider]]];
    case 'OPSN_MEMBERSHIP':
      return [
        ['OPSN', d.opsnName],
        ['Services', d.services.map((s) => `${s.label ?? s.kind} (${describeFee(s.fee)})`).join(', ')],
        ['Payé par', d.payer === 'EPCI' ? "l'intercommunalité pour toutes les communes" : 'chaque commune'],
      ];
    case 'SHARED_ASSET':
      return [
        ['Acquisition', `${formatEuros(d.acquisitionCents)} en ${d.acquisitionYear}`],
        ['Amortissement', `${d.depreciationYears} ans`],
        ['Fonctionnement', `${formatEuros(d.runningCostCents)} par an`],
      ];
  }
}

/** Every setting of an action but its participants, in words, in a stable order. */
export function describeAction(action: SchemeAction): [string, string][] {
  return [
    ['Titre', action.title],
    ['Nature', ACTION_KIND_LABELS[action.kind]],
    ['Description', action.description || '(aucune)'],
    ['Thème', action.theme ? THEME_LABELS[action.theme] : 'aucun'],
    ['Obligations', action.obligations.map((o) => OBLIGATION_LABELS[o]).join(', ') || 'aucune'],
    ['Années', years(action.years)],
    ['Situation actuelle', describeStatusQuo(action.statusQuo)],
    ['Lignes de coût', action.costLines.map(describeLine).join(' ; ') || 'aucune'],
    ...describeAllocation(action.allocation),
    ["ETP gagnés par l'intercommunalité", action.epciEtpGained !== null ? decimal(action.epciEtpGained) : 'aucun'],
    ...describeDetails(action),
  ];
}
