import { graphql } from '../../../gql';

/** What the timeline lists: never the content, several megabytes for a large EPCI. */
export const VersionSummaryFields = graphql(`
  fragment VersionSummaryFields on SchemeVersion {
    id
    schemeId
    number
    message
    parentId
    authorName
    frozenAt
    status
    totals {
      epciCents
      communesCents
      totalCents
      actionCount
    }
  }
`);

/** The scheme's versions, with the draft's revision that a freeze or a restore starts from. */
export const SchemeVersionsQuery = graphql(`
  query SchemeVersions($schemeId: ID!) {
    scheme(id: $schemeId) {
      id
      epciId
      title
      revision
      versions {
        ...VersionSummaryFields
      }
    }
  }
`);

export const VersionQuery = graphql(`
  query Version($id: ID!) {
    version(id: $id) {
      ...VersionSummaryFields
      sha256
      content
      integrityVerified
    }
  }
`);

/** Everything a comparison shows. */
export const VersionDiffFields = graphql(`
  fragment VersionDiffFields on VersionDiff {
    scheme {
      label
      before
      after
    }
    actions {
      actionId
      title
      change
      fields {
        label
        before
        after
      }
      joined
      left
      cost {
        totalCents
        epciCents
        years {
          year
          totalCents
        }
        communes {
          insee
          name
          cents
        }
      }
    }
    communes {
      insee
      name
      years {
        year
        before
        after
        difference
      }
      mandate {
        before
        after
        difference
      }
    }
    totals {
      epci {
        before
        after
        difference
      }
      communes {
        before
        after
        difference
      }
      total {
        before
        after
        difference
      }
    }
  }
`);

export const VersionDiffQuery = graphql(`
  query VersionDiff($fromId: ID!, $toId: ID!) {
    versionDiff(fromId: $fromId, toId: $toId) {
      ...VersionDiffFields
    }
  }
`);

export const DraftDiffQuery = graphql(`
  query DraftDiff($schemeId: ID!, $versionId: ID!) {
    draftDiff(schemeId: $schemeId, versionId: $versionId) {
      ...VersionDiffFields
    }
  }
`);

export const FreezeVersionMutation = graphql(`
  mutation FreezeVersion($schemeId: ID!, $expectedRevision: Int!, $message: String!, $confirmIdentical: Boolean) {
    freezeVersion(schemeId: $schemeId, expectedRevision: $expectedRevision, message: $message, confirmIdentical: $confirmIdentical) {
      ...VersionSummaryFields
    }
  }
`);

/** The scheme page the user is taken to reads the restored draft afresh: the revision is enough here. */
export const RestoreVersionMutation = graphql(`
  mutation RestoreVersion($versionId: ID!, $expectedRevision: Int!) {
    restoreVersion(versionId: $versionId, expectedRevision: $expectedRevision) {
      id
      revision
    }
  }
`);
