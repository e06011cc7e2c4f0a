import type { ServiceFunction } from '@mutualis/domain/scheme/action';
import type { KindForm } from './kind-form';

export interface SharedServiceFields {
  function: ServiceFunction;
  functionLabel: string;
  impactSheetDone: boolean;
  cstOpinionObtained: boolean;
}

export const sharedServiceForm: KindForm<'SHARED_SERVICE', SharedServiceFields> = {
  enteredRule: true,
  statusQuo: true,
  staff: true,
  acDeduction: true,
  costLinesHint: 'Personnel (ETP × coût annuel chargé), dépenses de fonctionnement annuelles et investissements.',
  forecastUnits: false,
  savingPeriod: 'mandate',
  obligations: [],
  startsAsTariff: false,
  blank: () => ({ function: 'IT', functionLabel: '', impactSheetDone: false, cstOpinionObtained: false }),
  toDraft: (d) => ({ function: d.function, functionLabel: d.functionLabel ?? '', impactSheetDone: d.impactSheetDone, cstOpinionObtained: d.cstOpinionObtained }),
  read: ({ details: d }) => ({
    kind: 'SHARED_SERVICE',
    function: d.function,
    functionLabel: d.functionLabel.trim() || null,
    impactSheetDone: d.impactSheetDone,
    cstOpinionObtained: d.cstOpinionObtained,
  }),
};
