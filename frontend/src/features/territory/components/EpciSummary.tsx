import type { EpciDetailsQuery } from '../../../gql/graphql';
import { formatInteger } from '../../../shared/format/french';
import { epciKindLabels, taxRegimeLabels } from '../labels';
import { Facts } from '../../../shared/ui/Facts';

type Epci = EpciDetailsQuery['epci'];

export function EpciSummary({ epci }: { epci: Epci }) {
  const facts: [string, string][] = [
    ['Nature juridique', epciKindLabels[epci.kind]],
    ['SIREN', epci.siren],
    ['Régime fiscal', taxRegimeLabels[epci.taxRegime]],
    ['Population municipale', formatInteger(epci.populationMunicipale)],
    ['Population totale', formatInteger(epci.populationTotale)],
    ['Communes membres', formatInteger(epci.communeCount)],
  ];
  return <Facts facts={facts} />;
}
