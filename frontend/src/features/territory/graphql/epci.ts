import { graphql } from '../../../gql';

export const CommuneProfileFields = graphql(`
  fragment CommuneProfileFields on CommuneProfile {
    populationDgf
    populationDgfYear
    dgfBelowTotalConfirmed
    agentsEtp
    agentsYear
    workstations
    phones
    tablets
    devicesYear
    potentielFinancierCents
    potentielFinancierYear
    metrics {
      key
      value
    }
    revision
  }
`);

/** A member commune with its official populations and the figures entered for it. */
export const CommuneWithProfileFields = graphql(`
  fragment CommuneWithProfileFields on Commune {
    id
    inseeCode
    name
    populationMunicipale
    populationTotale
    profile {
      ...CommuneProfileFields
    }
  }
`);

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
      usageMetrics {
        id
        key
        label
        referenceYear
      }
      communes {
        ...CommuneWithProfileFields
      }
    }
  }
`);
