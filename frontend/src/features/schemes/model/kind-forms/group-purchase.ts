import type { PurchaseMode } from '@mutualis/domain/scheme/action';
import { typedCentsText, typedDecimal } from '@mutualis/domain/territory/numbers';
import { ofName } from '@mutualis/domain/text';
import { MAX_PERCENT } from '../reader';
import { newRowId } from '../rows';
import type { KindForm } from './kind-form';

export interface LotDraft {
  id: string;
  label: string;
  unitPrice: string;
  quantities: Record<string, string>;
}

export const newLot = (): LotDraft => ({ id: newRowId(), label: '', unitPrice: '', quantities: {} });

export interface GroupPurchaseFields {
  coordinator: string;
  lots: LotDraft[];
  expectedGain: string;
  contractYears: string;
  purchase: PurchaseMode;
  purchaseYear: number;
}

export const groupPurchaseForm: KindForm<'GROUP_PURCHASE', GroupPurchaseFields> = {
  enteredRule: false,
  statusQuo: false,
  staff: false,
  acDeduction: false,
  costLinesHint: 'Les achats des membres sont calculés d’après les lots ; ajoutez ici les frais de procédure du coordonnateur.',
  forecastUnits: false,
  savingPeriod: 'contract',
  obligations: [],
  startsAsTariff: false,
  blank: (mandate, chosen) => ({
    coordinator: 'EPCI',
    lots: chosen ? [newLot()] : [],
    expectedGain: '',
    contractYears: '4',
    purchase: 'RECURRING',
    purchaseYear: mandate.first,
  }),
  toDraft: (d, { action }) => ({
    coordinator: d.coordinator,
    lots: d.lots.map((lot) => ({
      id: newRowId(),
      label: lot.label,
      unitPrice: typedCentsText(lot.unitPriceCents),
      quantities: Object.fromEntries(Object.entries(lot.quantities).map(([insee, quantity]) => [insee, typedDecimal(quantity)])),
    })),
    expectedGain: typedDecimal(d.expectedGainPercent),
    contractYears: String(d.contractYears),
    purchase: d.purchase ?? 'RECURRING',
    purchaseYear: d.purchaseYear ?? action.years.first,
  }),
  read: ({ details: d }, { read, perParticipant }) => ({
    kind: 'GROUP_PURCHASE',
    coordinator: d.coordinator,
    lots: d.lots.map((lot, i) => ({
      label: lot.label.trim(),
      unitPriceCents: read.rate(lot.unitPrice, `details.lots.${i}.unitPriceCents`, `Lot ${i + 1}, prix unitaire`),
      quantities: perParticipant((insee) => lot.quantities[insee] ?? '', `details.lots.${i}.quantities`, (name) => `Lot ${i + 1}, quantité ${ofName(name)}`),
    })),
    expectedGainPercent: read.optionalDecimal(d.expectedGain, 'details.expectedGainPercent', 'Gain attendu', 2, MAX_PERCENT) ?? '0',
    contractYears: read.whole(d.contractYears, 'details.contractYears', 'Durée du marché', 100),
    purchase: d.purchase,
    purchaseYear: d.purchase === 'ONE_OFF' ? d.purchaseYear : null,
  }),
};
