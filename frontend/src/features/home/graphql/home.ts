import { graphql } from '../../../gql';

/** The drafts and their latest versions: what drafters and elected officials act on next. */
export const HomeSchemesQuery = graphql(`
  query HomeSchemes($epciId: ID!) {
    schemes(epciId: $epciId) {
      id
      title
      revision
      updatedAt
      updatedBy
      versions {
        ...VersionSummaryFields
      }
    }
  }
`);
