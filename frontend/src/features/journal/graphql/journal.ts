import { graphql } from '../../../gql';

export const JournalEventFields = graphql(`
  fragment JournalEventFields on AuditEvent {
    id
    occurredAt
    actorId
    actorName
    actorLabel
    action
    before
    after
  }
`);

export const JournalQuery = graphql(`
  query Journal($epciId: ID!, $limit: Int, $after: ID, $actorId: ID, $kind: String, $from: String, $to: String) {
    auditTrail(epciId: $epciId, limit: $limit, after: $after, actorId: $actorId, kind: $kind, from: $from, to: $to) {
      ...JournalEventFields
    }
  }
`);

/** The people to filter by, and the names the before/after is told with. */
export const JournalContextQuery = graphql(`
  query JournalContext($epciId: ID!) {
    journalPeople(epciId: $epciId) {
      id
      name
    }
    epci(id: $epciId) {
      id
      communes {
        id
        inseeCode
        name
      }
      usageMetrics {
        id
        key
        label
      }
    }
  }
`);
