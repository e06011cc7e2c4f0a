/** Service commun (L5211-4-2): staff and means pooled under the EPCI, shared by an entered rule. */
import { SERVICE_FUNCTION_LABELS, SERVICE_FUNCTIONS } from '../action.js';
import { costedAsEntered, type KindRules } from './kind-rules.js';

export const sharedService: KindRules<'SHARED_SERVICE'> = {
  entersRule: true,
  parseDetails: (fields) => ({
    kind: 'SHARED_SERVICE',
    function: fields.optionalOneOf('function', SERVICE_FUNCTIONS) ?? 'OTHER',
    functionLabel: fields.optionalText('functionLabel', { max: 120, trim: true }),
    impactSheetDone: fields.boolean('impactSheetDone', false),
    cstOpinionObtained: fields.boolean('cstOpinionObtained', false),
  }),
  check() {},
  toCosting: costedAsEntered,
  describe: (d) => [
    { label: 'Fonction', value: d.functionLabel ? `${SERVICE_FUNCTION_LABELS[d.function]} (${d.functionLabel})` : SERVICE_FUNCTION_LABELS[d.function] },
    { label: 'Fiche d’impact', value: d.impactSheetDone ? 'réalisée' : 'à réaliser' },
    { label: 'Avis du comité social territorial', value: d.cstOpinionObtained ? 'obtenu' : 'à obtenir' },
  ],
};
