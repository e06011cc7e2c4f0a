import { graphql } from '../../../gql';

export const ImportedEpcisQuery = graphql(`
  query ImportedEpcis {
    importedEpcis {
      id
      siren
      name
      kind
      communeCount
      populationTotale
      importedAt
    }
  }
`);

export const EpciCatalogueQuery = graphql(`
  query EpciCatalogue($search: String!, $offset: Int!, $limit: Int!) {
    epciCatalogue(search: $search, offset: $offset, limit: $limit) {
      total
      entries {
        siren
        name
        kind
        taxRegime
        populationMunicipale
        communeCount
        matchedCommunes
        importedEpciId
      }
    }
  }
`);

export const ImportEpciMutation = graphql(`
  mutation ImportEpci($siren: String!) {
    importEpci(siren: $siren) {
      id
      name
      communeCount
    }
  }
`);

export const AppointAdministratorMutation = graphql(`
  mutation AppointAdministrator($input: AppointAdministratorInput!) {
    appointAdministrator(input: $input) {
      role
      user {
        id
        name
        email
      }
    }
  }
`);
