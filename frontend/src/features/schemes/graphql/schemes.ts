import { graphql } from '../../../gql';

/** What the list of schemes shows. */
export const SchemeSummaryFields = graphql(`
  fragment SchemeSummaryFields on Scheme {
    id
    epciId
    title
    description
    mandate {
      first
      last
    }
    revision
    createdAt
    createdBy
    updatedAt
    updatedBy
    duplicatedFromId
    actions {
      id
    }
  }
`);

/** The whole draft: its actions as the domain describes them and the server's costing. */
export const SchemeFields = graphql(`
  fragment SchemeFields on Scheme {
    ...SchemeSummaryFields
    actions {
      id
      position
      definition
    }
    costing {
      summary
      problems {
        actionId
        reason
        message
      }
      warnings {
        actionId
        reason
        message
      }
    }
  }
`);

/** One commune's figures year by year and shares of every action, with their explanations, for its sheet. */
export const SchemeCommuneQuery = graphql(`
  query SchemeCommune($id: ID!, $insee: String!) {
    scheme(id: $id) {
      ...SchemeFields
      costing {
        commune(insee: $insee)
        shares(insee: $insee)
      }
    }
  }
`);

export const SchemesQuery = graphql(`
  query Schemes($epciId: ID!) {
    schemes(epciId: $epciId) {
      ...SchemeSummaryFields
    }
  }
`);

export const SchemeQuery = graphql(`
  query Scheme($id: ID!) {
    scheme(id: $id) {
      ...SchemeFields
    }
  }
`);

/** The draft without its costing: enough for the scheme page's title while the costing is computed and downloaded. */
export const SchemeHeadQuery = graphql(`
  query SchemeHead($id: ID!) {
    scheme(id: $id) {
      ...SchemeSummaryFields
    }
  }
`);

/** Everything the page needs to recompute costs as the server does: figures, metrics, OPSN fees. */
export const SchemeContextQuery = graphql(`
  query SchemeContext($epciId: ID!) {
    epci(id: $epciId) {
      id
      name
      taxRegime
      usageMetrics {
        id
        key
        label
      }
      opsns {
        ...OpsnFields
      }
      communes {
        ...CommuneWithProfileFields
      }
    }
  }
`);

export const CreateSchemeMutation = graphql(`
  mutation CreateScheme($input: CreateSchemeInput!) {
    createScheme(input: $input) {
      ...SchemeSummaryFields
    }
  }
`);

export const UpdateSchemeMutation = graphql(`
  mutation UpdateScheme($id: ID!, $expectedRevision: Int!, $input: SchemeDetailsInput!) {
    updateScheme(id: $id, expectedRevision: $expectedRevision, input: $input) {
      ...SchemeFields
    }
  }
`);

export const DuplicateSchemeMutation = graphql(`
  mutation DuplicateScheme($id: ID!, $title: String!) {
    duplicateScheme(id: $id, title: $title) {
      ...SchemeSummaryFields
    }
  }
`);

export const ArchiveSchemeMutation = graphql(`
  mutation ArchiveScheme($id: ID!, $expectedRevision: Int!) {
    archiveScheme(id: $id, expectedRevision: $expectedRevision) {
      id
      revision
    }
  }
`);

export const ArchivedSchemesQuery = graphql(`
  query ArchivedSchemes($epciId: ID!) {
    schemes(epciId: $epciId, archived: true) {
      id
      title
      revision
      archivedAt
    }
  }
`);

export const UnarchiveSchemeMutation = graphql(`
  mutation UnarchiveScheme($id: ID!, $expectedRevision: Int!) {
    unarchiveScheme(id: $id, expectedRevision: $expectedRevision) {
      id
      revision
    }
  }
`);

export const AddActionMutation = graphql(`
  mutation AddAction($schemeId: ID!, $expectedRevision: Int!, $action: ActionDefinition!) {
    addAction(schemeId: $schemeId, expectedRevision: $expectedRevision, action: $action) {
      ...SchemeFields
    }
  }
`);

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($schemeId: ID!, $actionId: ID!, $expectedRevision: Int!, $action: ActionDefinition!) {
    updateAction(schemeId: $schemeId, actionId: $actionId, expectedRevision: $expectedRevision, action: $action) {
      ...SchemeFields
    }
  }
`);

export const RemoveActionMutation = graphql(`
  mutation RemoveAction($schemeId: ID!, $actionId: ID!, $expectedRevision: Int!) {
    removeAction(schemeId: $schemeId, actionId: $actionId, expectedRevision: $expectedRevision) {
      ...SchemeFields
    }
  }
`);

export const MoveActionMutation = graphql(`
  mutation MoveAction($schemeId: ID!, $actionId: ID!, $expectedRevision: Int!, $position: Int!) {
    moveAction(schemeId: $schemeId, actionId: $actionId, expectedRevision: $expectedRevision, position: $position) {
      ...SchemeFields
    }
  }
`);
