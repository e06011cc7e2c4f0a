import { graphql } from '../../../gql';

export const EpciDetailsQuery = graphql(`
  query EpciDetails($id: ID!) {
    epci(id: $id) {
      id
      siren
      name
      kind
      taxRegime
      populationMunicipale
      populationTotale
      communeCount
      communes {
        id
        inseeCode
        siren
        name
        populationMunicipale
        populationTotale
      }
    }
  }
`);
