import { graphql } from '../../../gql';

export const OpsnFields = graphql(`
  fragment OpsnFields on Opsn {
    id
    name
    legalForm
    departments
    website
    revision
    services {
      kind
      label
      fee {
        kind
        amountCents
        perDayCents
        description
      }
    }
  }
`);

export const OpsnRegistryQuery = graphql(`
  query OpsnRegistry($epciId: ID!) {
    epci(id: $epciId) {
      id
      opsns {
        ...OpsnFields
      }
    }
  }
`);

export const OpsnSuggestionsQuery = graphql(`
  query OpsnSuggestions {
    opsnSuggestions {
      name
      legalForm
      departments
    }
  }
`);

export const CreateOpsnMutation = graphql(`
  mutation CreateOpsn($epciId: ID!, $input: OpsnInput!) {
    createOpsn(epciId: $epciId, input: $input) {
      ...OpsnFields
    }
  }
`);

export const UpdateOpsnMutation = graphql(`
  mutation UpdateOpsn($id: ID!, $expectedRevision: Int!, $input: OpsnInput!) {
    updateOpsn(id: $id, expectedRevision: $expectedRevision, input: $input) {
      ...OpsnFields
    }
  }
`);

export const RemoveOpsnMutation = graphql(`
  mutation RemoveOpsn($id: ID!, $expectedRevision: Int!) {
    removeOpsn(id: $id, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
