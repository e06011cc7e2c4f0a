import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../common/graphql-enum.js';
import { ACQUISITION_CHARGES, ACTION_KINDS, DPO_PROVIDERS, OBLIGATIONS, PURCHASE_MODES, SERVICE_FUNCTIONS, THEMES } from '../../../domain/scheme/action.js';

// The costing engine's vocabulary, as GraphQL enums with the same values as the domain's JSON.
export const ActionKindEnum = enumOf(ACTION_KINDS);
export const ThemeEnum = enumOf(THEMES);
export const ObligationEnum = enumOf(OBLIGATIONS);
export const ServiceFunctionEnum = enumOf(SERVICE_FUNCTIONS);
export const DpoProviderEnum = enumOf(DPO_PROVIDERS);
export const PaymentModeEnum = enumOf(['INVOICE', 'AC_DEDUCTION'] as const);
export const ExpenseNatureEnum = enumOf(['OPERATING', 'INVESTMENT'] as const);
export const PopulationKindEnum = enumOf(['municipale', 'totale', 'dgf'] as const);
export const DeviceKindEnum = enumOf(['workstations', 'phones', 'tablets'] as const);
export const CostLineKindEnum = enumOf(['oneOff', 'yearly', 'staff'] as const);
export const AllocationKindEnum = enumOf(['split', 'tariff'] as const);
export const KeyKindEnum = enumOf(['equal', 'population', 'agents', 'devices', 'percentages', 'usage', 'potentielFinancier', 'composite'] as const);
export const EpciShareKindEnum = enumOf(['percent', 'amount'] as const);
export const PriceKindEnum = enumOf(['flat', 'perInhabitant', 'perUnit', 'bands'] as const);
export const TariffPayeeEnum = enumOf(['EPCI', 'PROVIDER'] as const);
export const StatusQuoKindEnum = enumOf(['ENTERED', 'FLAT', 'PER_INHABITANT', 'METRIC'] as const);
export const ProvisionDirectionEnum = enumOf(['ASCENDING', 'DESCENDING'] as const);
export const OpsnPayerEnum = enumOf(['EPCI', 'COMMUNES'] as const);
export const AcquisitionChargeEnum = enumOf(ACQUISITION_CHARGES);
export const PurchaseModeEnum = enumOf(PURCHASE_MODES);

const enums: [object, string, string?][] = [
  [ActionKindEnum, 'ActionKind', 'The legal instrument of an action'],
  [ThemeEnum, 'Theme'],
  [ObligationEnum, 'Obligation', 'Regulatory obligations an action answers'],
  [ServiceFunctionEnum, 'ServiceFunction'],
  [DpoProviderEnum, 'DpoProvider'],
  [PaymentModeEnum, 'PaymentMode', 'INVOICE, or AC_DEDUCTION: deducted from the attribution de compensation (FPU, shared services)'],
  [ExpenseNatureEnum, 'ExpenseNature'],
  [PopulationKindEnum, 'PopulationKind'],
  [DeviceKindEnum, 'DeviceKind'],
  [CostLineKindEnum, 'CostLineKind'],
  [AllocationKindEnum, 'AllocationKind', 'split: the yearly cost is shared by a key; tariff: each participant is priced'],
  [KeyKindEnum, 'KeyKind', 'Allocation keys (clés de répartition)'],
  [EpciShareKindEnum, 'EpciShareKind'],
  [PriceKindEnum, 'PriceKind'],
  [TariffPayeeEnum, 'TariffPayee'],
  [StatusQuoKindEnum, 'StatusQuoKind'],
  [ProvisionDirectionEnum, 'ProvisionDirection'],
  [OpsnPayerEnum, 'OpsnPayer'],
  [AcquisitionChargeEnum, 'AcquisitionCharge', 'A shared asset’s acquisition: depreciated from the acquisition year or the next, or charged at once'],
  [PurchaseModeEnum, 'PurchaseMode', 'A group purchase bought once, or recurring needs every year of the contract'],
];
for (const [values, name, description] of enums) registerEnumType(values, { name, description });
