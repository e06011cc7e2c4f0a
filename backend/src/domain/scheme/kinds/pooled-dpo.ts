/** DPO mutualisé (GDPR art. 37(3)): one data protection officer for several communes. */
import { DPO_PROVIDER_LABELS } from '../action.js';
import { costedAsEntered, type KindRules } from './kind-rules.js';

export const pooledDpo: KindRules<'POOLED_DPO'> = {
  entersRule: true,
  check() {},
  toCosting: costedAsEntered,
  describe: (d) => [{ label: 'Prestataire', value: d.providerName ? `${DPO_PROVIDER_LABELS[d.provider]} (${d.providerName})` : DPO_PROVIDER_LABELS[d.provider] }],
};
