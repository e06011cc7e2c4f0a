import { DEFAULT_ACQUISITION_CHARGE, type AcquisitionCharge } from '@mutualis/domain/scheme/action';
import { typedEuros } from '../amounts';
import type { KindForm } from './kind-form';

export interface SharedAssetFields {
  acquisition: string;
  acquisitionYear: number;
  depreciationYears: string;
  runningCost: string;
  acquisitionCharge: AcquisitionCharge;
}

export const sharedAssetForm: KindForm<'SHARED_ASSET', SharedAssetFields> = {
  enteredRule: true,
  statusQuo: true,
  staff: false,
  acDeduction: false,
  costLinesHint: 'L’acquisition et le fonctionnement sont saisis plus haut ; ajoutez ici d’autres dépenses.',
  forecastUnits: false,
  savingPeriod: 'mandate',
  obligations: [],
  startsAsTariff: false,
  blank: (mandate) => ({ acquisition: '', acquisitionYear: mandate.first, depreciationYears: '5', runningCost: '', acquisitionCharge: DEFAULT_ACQUISITION_CHARGE }),
  toDraft: (d) => ({
    acquisition: typedEuros(d.acquisitionCents),
    acquisitionYear: d.acquisitionYear,
    depreciationYears: String(d.depreciationYears),
    runningCost: typedEuros(d.runningCostCents),
    acquisitionCharge: d.acquisitionCharge ?? DEFAULT_ACQUISITION_CHARGE,
  }),
  read: ({ details: d }, { read }) => ({
    kind: 'SHARED_ASSET',
    acquisitionCents: read.optionalEuros(d.acquisition, 'details.acquisitionCents', 'Coût d’acquisition') ?? 0,
    acquisitionYear: d.acquisitionYear,
    depreciationYears: read.whole(d.depreciationYears, 'details.depreciationYears', 'Durée d’amortissement', 100),
    runningCostCents: read.optionalEuros(d.runningCost, 'details.runningCostCents', 'Coût de fonctionnement annuel') ?? 0,
    acquisitionCharge: d.acquisitionCharge,
  }),
};
