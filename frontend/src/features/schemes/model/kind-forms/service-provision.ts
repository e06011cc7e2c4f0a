import { typedCentsText, typedDecimal } from '@mutualis/domain/territory/numbers';
import type { KindForm } from './kind-form';

export interface ServiceProvisionFields {
  direction: 'ASCENDING' | 'DESCENDING';
  unitLabel: string;
  unitCost: string;
}

/** The units forecast for each commune are typed in its entry (`forecastUnits`). */
export const serviceProvisionForm: KindForm<'SERVICE_PROVISION', ServiceProvisionFields> = {
  enteredRule: false,
  statusQuo: true,
  staff: true,
  acDeduction: false,
  costLinesHint: 'Le remboursement (coût unitaire × unités) est calculé ; ajoutez ici d’éventuels frais supplémentaires.',
  forecastUnits: true,
  savingPeriod: 'mandate',
  obligations: [],
  startsAsTariff: false,
  blank: () => ({ direction: 'DESCENDING', unitLabel: '', unitCost: '' }),
  toDraft(d, { setEntry }) {
    for (const [insee, units] of Object.entries(d.forecastUnits)) setEntry(insee, { forecastUnits: typedDecimal(units) });
    return { direction: d.direction, unitLabel: d.unitLabel, unitCost: typedCentsText(d.unitCostCents) };
  },
  read: (draft, { read, entry, perParticipant }) => ({
    kind: 'SERVICE_PROVISION',
    direction: draft.details.direction,
    unitLabel: draft.details.unitLabel.trim(),
    unitCostCents: read.rate(draft.details.unitCost, 'details.unitCostCents', 'Coût unitaire de fonctionnement'),
    forecastUnits: perParticipant((insee) => entry(insee).forecastUnits, 'details.forecastUnits', (name) => `Unités prévues pour ${name}`),
  }),
};
