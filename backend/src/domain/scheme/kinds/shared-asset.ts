/** Biens partagés (L5211-4-3): an asset bought and run for several communes. */
import { formatEuros } from '../../costing/explain.js';
import type { CostLine } from '../../costing/types.js';
import { ACQUISITION_CHARGE_LABELS, ACQUISITION_CHARGES, DEFAULT_ACQUISITION_CHARGE, type DetailsOf } from '../action.js';
import { yearly, type KindRules } from './kind-rules.js';

/** The acquisition: depreciated straight-line (the default), or charged at once. */
function acquisitionLine(details: DetailsOf<'SHARED_ASSET'>): CostLine {
  const charge = details.acquisitionCharge ?? DEFAULT_ACQUISITION_CHARGE;
  const { acquisitionYear, acquisitionCents: amountCents, depreciationYears } = details;
  if (charge === 'ONE_OFF') return { kind: 'oneOff', label: 'Acquisition', nature: 'INVESTMENT', year: acquisitionYear, amountCents };
  const from = charge === 'DEPRECIATION_FROM_NEXT_YEAR' ? 'NEXT_YEAR' : 'ACQUISITION_YEAR';
  return { kind: 'depreciation', label: 'Acquisition', acquisitionYear, amountCents, depreciationYears, from };
}

export const sharedAsset: KindRules<'SHARED_ASSET'> = {
  entersRule: true,
  parseDetails: (fields) => ({
    kind: 'SHARED_ASSET',
    acquisitionCents: fields.optionalCents('acquisitionCents') ?? 0,
    acquisitionYear: fields.int('acquisitionYear', "Biens partagés : indiquez l'année d'acquisition."),
    depreciationYears: fields.optionalInt('depreciationYears') ?? 5,
    runningCostCents: fields.optionalCents('runningCostCents') ?? 0,
    acquisitionCharge: fields.optionalOneOf('acquisitionCharge', ACQUISITION_CHARGES) ?? DEFAULT_ACQUISITION_CHARGE,
  }),
  check(details, action, _participants, problems) {
    const problem = (field: string, message: string) => problems.push({ field, message });
    if (details.acquisitionCents < 0 || details.runningCostCents < 0) problem('details', 'Les montants ne peuvent pas être négatifs.');
    if (details.acquisitionCents > 0 && (details.acquisitionYear < action.years.first || details.acquisitionYear > action.years.last)) {
      problem('details.acquisitionYear', "L'année d'acquisition doit être l'une des années de l'action.");
    }
    if (!Number.isInteger(details.depreciationYears) || details.depreciationYears < 1 || details.depreciationYears > 50) {
      problem('details.depreciationYears', "La durée d'amortissement est de 1 à 50 ans.");
    }
  },
  toCosting: (details, { action, participant, enteredRule }) => ({
    participants: action.participants.map((p) => participant(p)),
    costLines: [
      ...(details.acquisitionCents > 0 ? [acquisitionLine(details)] : []),
      ...(details.runningCostCents > 0 ? [yearly('Fonctionnement', action.years, details.runningCostCents)] : []),
      ...action.costLines,
    ],
    allocation: enteredRule,
  }),
  describe: (d) => [
    { label: 'Acquisition', value: `${formatEuros(d.acquisitionCents)} en ${d.acquisitionYear}` },
    { label: 'Durée d’amortissement', value: `${d.depreciationYears} ans` },
    { label: 'Imputation de l’acquisition', value: ACQUISITION_CHARGE_LABELS[d.acquisitionCharge ?? DEFAULT_ACQUISITION_CHARGE] },
    { label: 'Fonctionnement annuel', value: formatEuros(d.runningCostCents) },
  ],
};
