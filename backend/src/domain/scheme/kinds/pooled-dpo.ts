/** DPO mutualisé (GDPR art. 37(3)): one data protection officer for several communes. */
import { DPO_PROVIDER_LABELS, DPO_PROVIDERS } from '../action.js';
import { costedAsEntered, type KindRules } from './kind-rules.js';

export const pooledDpo: KindRules<'POOLED_DPO'> = {
  entersRule: true,
  parseDetails: (fields) => ({
    kind: 'POOLED_DPO',
    provider: fields.optionalOneOf('provider', DPO_PROVIDERS) ?? 'CENTRE_DE_GESTION',
    providerName: fields.optionalText('providerName', { max: 200, trim: true }),
  }),
  check() {},
  toCosting: costedAsEntered,
  describe: (d) => [{ label: 'Prestataire', value: d.providerName ? `${DPO_PROVIDER_LABELS[d.provider]} (${d.providerName})` : DPO_PROVIDER_LABELS[d.provider] }],
};
