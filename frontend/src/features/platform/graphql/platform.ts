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

export const ImportEpciMutation = graphql(`
  mutation ImportEpci($siren: String!) {
    importEpci(siren: $siren) {
      id
      name
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
