/**
 * Mise à disposition de services (L5211-4-1, D5211-16): one side's services used by the other,
 * reimbursed at the unit operating cost times the units used.
 */
import { formatDecimal, formatEuros, formatRate } from '../../costing/explain.js';
import { mul, roundHalfUp } from '../../money.js';
import { typedDecimal } from '../../territory/numbers.js';
import { DIRECTION_LABELS } from '../labels.js';
import { readDecimal } from '../json-fields.js';
import { epciPaysAll, isNonNegativeDecimal, rate, ratio, yearly, type KindRules } from './kind-rules.js';

const UNITS = '_units';

export const serviceProvision: KindRules<'SERVICE_PROVISION'> = {
  entersRule: false,
  parseDetails: (fields) => ({
    kind: 'SERVICE_PROVISION',
    direction: fields.optionalOneOf('direction', ['ASCENDING', 'DESCENDING'] as const) ?? 'DESCENDING',
    unitLabel: fields.optionalText('unitLabel', { max: 60 }) ?? '',
    unitCostCents: fields.decimal('unitCostCents', 'Mise à disposition : indiquez le coût unitaire de fonctionnement.'),
    forecastUnits: fields.byCommune('forecastUnits', 500, readDecimal),
  }),
  check(details, _action, participants, problems) {
    const problem = (field: string, message: string) => problems.push({ field, message });
    if (details.unitLabel.trim() === '') problem('details.unitLabel', "Précisez l'unité d'œuvre (par exemple « heures »).");
    if (!isNonNegativeDecimal(details.unitCostCents)) problem('details.unitCostCents', 'Le coût unitaire doit être un montant positif.');
    for (const [insee, units] of Object.entries(details.forecastUnits)) {
      if (!participants.has(insee)) problem('details.forecastUnits', `Unités prévues : ${insee} ne participe pas à l'action.`);
      if (!isNonNegativeDecimal(units)) problem('details.forecastUnits', `Unités prévues pour ${insee} : un nombre positif est attendu.`);
    }
  },
  toCosting(details, { action, participant }) {
    const units = (insee: string) => details.forecastUnits[insee] ?? 0;
    if (details.direction === 'DESCENDING') {
      // The communes reimburse the EPCI: unit operating cost × units used (D5211-16).
      return {
        participants: action.participants.map((p) => participant(p, { usage: { [UNITS]: units(p.insee) } })),
        costLines: action.costLines,
        allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: [{ kind: 'perUnit', metric: UNITS, unitLabel: details.unitLabel, rateCents: details.unitCostCents }] },
      };
    }
    // The EPCI reimburses the communes whose services it uses: its cost, their receipt.
    const unitRate = ratio(details.unitCostCents);
    const receiptOf = (insee: string) => roundHalfUp(mul(unitRate, ratio(units(insee))));
    const reimbursed = action.participants.reduce((sum, p) => sum + receiptOf(p.insee), 0);
    return {
      participants: action.participants.map((p) => {
        const cents = receiptOf(p.insee);
        const explanation = `${formatDecimal(ratio(units(p.insee)))} ${details.unitLabel} × ${formatRate(unitRate)} = ${formatEuros(cents)} remboursés par l’intercommunalité`;
        return participant(p, cents > 0 ? { receipt: { cents, explanation } } : {});
      }),
      costLines: [...(reimbursed > 0 ? [yearly(`Remboursement des ${details.unitLabel}`, action.years, reimbursed)] : []), ...action.costLines],
      allocation: epciPaysAll(),
    };
  },
  describe: (d, _action, nameOf) => [
    { label: 'Sens de la mise à disposition', value: DIRECTION_LABELS[d.direction] },
    { label: 'Unité d’œuvre', value: d.unitLabel },
    { label: 'Coût unitaire de fonctionnement', value: rate(d.unitCostCents) },
    ...Object.entries(d.forecastUnits).map(([insee, units]) => ({ label: `Unités prévues pour ${nameOf(insee)}`, value: typedDecimal(units) })),
  ],
};
