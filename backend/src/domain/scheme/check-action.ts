/**
 * Checks an action as the drafter saves it, before anything is written. What only the communes'
 * figures can fix (a missing figure, weights all zero) does not stop a save: the costing reports
 * it. Everything else is refused with a French message naming the field.
 */
import type { YearRange } from '../costing/types.js';
import { parseDecimal } from '../money.js';
import type { SchemeAction } from './action.js';
import { costScheme, groupPurchaseYears, type SchemeContext } from './to-costing.js';

export interface ActionFieldProblem {
  field: string;
  message: string;
}

/** Problems the communes' figures cause, not the action: the action may still be saved. */
const FIGURE_REASONS = new Set(['MISSING_FIGURE', 'ZERO_WEIGHTS']);
const KINDS_WITH_ENTERED_RULE = new Set(['SHARED_SERVICE', 'POOLED_DPO', 'SHARED_ASSET']);

const within = (years: YearRange, range: YearRange) => years.first >= range.first && years.last <= range.last && years.first <= years.last;
const isNonNegativeDecimal = (value: string | number) => {
  const read = parseDecimal(value);
  return read !== null && read.num >= 0n;
};

export function checkAction(action: SchemeAction, context: SchemeContext): ActionFieldProblem[] {
  const problems: ActionFieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const members = new Set(context.communes.map((c) => c.insee));
  const { mandate } = context;

  if (action.title.trim() === '') problem('title', "Le titre de l'action est obligatoire.");
  if (action.details.kind !== action.kind) problem('details', "Les précisions ne correspondent pas à la nature de l'action.");
  if (!within(action.years, mandate)) {
    problem('years', `Années : l'action doit se dérouler pendant le mandat (${mandate.first}–${mandate.last}), la première année avant la dernière.`);
  }
  const seen = new Set<string>();
  for (const p of action.participants) {
    if (!members.has(p.insee)) problem('participants', `Participants : ${p.insee} n'est pas une commune membre de l'intercommunalité.`);
    if (seen.has(p.insee)) problem('participants', `Participants : la commune ${p.insee} est citée deux fois.`);
    seen.add(p.insee);
    if (p.statusQuoCents !== null && p.statusQuoCents < 0) problem('participants', `Situation actuelle de ${p.insee} : le montant ne peut pas être négatif.`);
    if (p.etpTransferred !== null && !isNonNegativeDecimal(p.etpTransferred)) problem('participants', `ETP transférés par ${p.insee} : un nombre positif est attendu.`);
  }
  if (KINDS_WITH_ENTERED_RULE.has(action.kind) && action.allocation === null) problem('allocation', 'Choisissez une clé de répartition.');

  const details = action.details;
  switch (details.kind) {
    case 'SERVICE_PROVISION':
      if (details.unitLabel.trim() === '') problem('details.unitLabel', "Précisez l'unité d'œuvre (par exemple « heures »).");
      if (!isNonNegativeDecimal(details.unitCostCents)) problem('details.unitCostCents', 'Le coût unitaire doit être un montant positif.');
      for (const [insee, units] of Object.entries(details.forecastUnits)) {
        if (!seen.has(insee)) problem('details.forecastUnits', `Unités prévues : ${insee} ne participe pas à l'action.`);
        if (!isNonNegativeDecimal(units)) problem('details.forecastUnits', `Unités prévues pour ${insee} : un nombre positif est attendu.`);
      }
      break;
    case 'GROUP_PURCHASE': {
      if (details.coordinator !== 'EPCI' && !seen.has(details.coordinator)) {
        problem('details.coordinator', "Le coordonnateur doit être l'intercommunalité ou une commune membre du groupement.");
      }
      if (details.lots.length === 0) problem('details.lots', 'Le groupement doit compter au moins un lot.');
      details.lots.forEach((lot, i) => {
        if (lot.label.trim() === '') problem(`details.lots.${i}.label`, `Lot ${i + 1} : donnez-lui un nom.`);
        if (!isNonNegativeDecimal(lot.unitPriceCents)) problem(`details.lots.${i}.unitPriceCents`, `Lot ${i + 1} : le prix unitaire doit être positif.`);
        for (const [insee, quantity] of Object.entries(lot.quantities)) {
          if (!seen.has(insee)) problem(`details.lots.${i}.quantities`, `Lot ${i + 1} : ${insee} n'est pas membre du groupement.`);
          if (!isNonNegativeDecimal(quantity)) problem(`details.lots.${i}.quantities`, `Lot ${i + 1} : la quantité de ${insee} doit être positive.`);
        }
      });
      const gain = parseDecimal(details.expectedGainPercent);
      if (gain === null || gain.num < 0n || gain.num > 100n * gain.den) problem('details.expectedGainPercent', 'Le gain attendu est un pourcentage entre 0 et 100.');
      if (!Number.isInteger(details.contractYears) || details.contractYears < 1 || details.contractYears > 10) {
        problem('details.contractYears', 'La durée du marché est de 1 à 10 ans.');
      }
      if (details.purchase === 'ONE_OFF' && details.purchaseYear != null && (details.purchaseYear < action.years.first || details.purchaseYear > action.years.last)) {
        problem('details.purchaseYear', "L'année de l'achat doit être l'une des années de l'action.");
      }
      if (problems.length === 0) {
        // The action is charged only in the years of the purchase or of the contract.
        const charged = groupPurchaseYears(action);
        const outside = action.costLines.find((line) => (line.kind === 'oneOff' ? line.year < charged.first || line.year > charged.last : !within(line.years, charged)));
        if (outside) {
          const span = charged.first === charged.last ? `${charged.first}` : `${charged.first}–${charged.last}`;
          problem('costLines', `La ligne « ${outside.label} » doit tomber pendant ${details.purchase === 'ONE_OFF' ? "l'année de l'achat" : 'le marché'} (${span}).`);
        }
      }
      break;
    }
    case 'OPSN_MEMBERSHIP':
      if (details.services.length === 0) problem('details.services', "Choisissez au moins un service de l'OPSN.");
      if (details.services.some((s) => s.fee.kind === 'BASE_PLUS_PER_DAY') && !details.daysMetric) {
        problem('details.daysMetric', 'Un tarif par jour demande la métrique qui donne le nombre de jours de chaque commune.');
      }
      break;
    case 'SHARED_ASSET':
      if (details.acquisitionCents < 0 || details.runningCostCents < 0) problem('details', 'Les montants ne peuvent pas être négatifs.');
      if (details.acquisitionCents > 0 && (details.acquisitionYear < action.years.first || details.acquisitionYear > action.years.last)) {
        problem('details.acquisitionYear', "L'année d'acquisition doit être l'une des années de l'action.");
      }
      if (!Number.isInteger(details.depreciationYears) || details.depreciationYears < 1 || details.depreciationYears > 50) {
        problem('details.depreciationYears', "La durée d'amortissement est de 1 à 50 ans.");
      }
      break;
    case 'SHARED_SERVICE':
    case 'POOLED_DPO':
      break;
  }
  if (problems.length > 0) return problems;

  // What remains is for the engine to say: impossible keys, AC deduction in an FA EPCI, bounds…
  const { problems: costing } = costScheme(context, [action]);
  return costing.filter((p) => !FIGURE_REASONS.has(p.reason)).map((p) => ({ field: 'allocation', message: p.message }));
}
