/** Service commun (L5211-4-2): staff and means pooled under the EPCI, shared by an entered rule. */
import { SERVICE_FUNCTION_LABELS } from '../action.js';
import { costedAsEntered, type KindRules } from './kind-rules.js';

export const sharedService: KindRules<'SHARED_SERVICE'> = {
  entersRule: true,
  check() {},
  toCosting: costedAsEntered,
  describe: (d) => [
    { label: 'Fonction', value: d.functionLabel ? `${SERVICE_FUNCTION_LABELS[d.function]} (${d.functionLabel})` : SERVICE_FUNCTION_LABELS[d.function] },
    { label: 'Fiche d’impact', value: d.impactSheetDone ? 'réalisée' : 'à réaliser' },
    { label: 'Avis du comité social territorial', value: d.cstOpinionObtained ? 'obtenu' : 'à obtenir' },
  ],
};
