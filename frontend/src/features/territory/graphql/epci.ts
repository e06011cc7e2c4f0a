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
        id
        inseeCode
        name
        populationMunicipale
        populationTotale
        profile {
          ...CommuneProfileFields
        }
      }
    }
  }
`);
