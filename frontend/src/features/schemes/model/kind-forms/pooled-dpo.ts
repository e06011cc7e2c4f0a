import type { DpoProvider } from '@mutualis/domain/scheme/action';
import type { KindForm } from './kind-form';

export interface PooledDpoFields {
  provider: DpoProvider;
  providerName: string;
}

export const pooledDpoForm: KindForm<'POOLED_DPO', PooledDpoFields> = {
  enteredRule: true,
  statusQuo: true,
  staff: true,
  acDeduction: false,
  costLinesHint: 'Avec un tarif de prestataire, aucune ligne n’est nécessaire ; avec un agent de l’intercommunalité, saisissez son coût.',
  forecastUnits: false,
  savingPeriod: 'mandate',
  obligations: ['GDPR'],
  // Usually a tariff: a flat fee per member plus a price per day of DPO work.
  startsAsTariff: true,
  blank: () => ({ provider: 'CENTRE_DE_GESTION', providerName: '' }),
  toDraft: (d) => ({ provider: d.provider, providerName: d.providerName ?? '' }),
  read: ({ details: d }) => ({ kind: 'POOLED_DPO', provider: d.provider, providerName: d.providerName.trim() || null }),
};
