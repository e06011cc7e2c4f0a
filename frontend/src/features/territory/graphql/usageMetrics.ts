import { graphql } from '../../../gql';

export const DefineUsageMetricMutation = graphql(`
  mutation DefineUsageMetric($epciId: ID!, $input: UsageMetricInput!) {
    defineUsageMetric(epciId: $epciId, input: $input) {
      id
    }
  }
`);

export const UpdateUsageMetricMutation = graphql(`
  mutation UpdateUsageMetric($id: ID!, $input: UsageMetricInput!) {
    updateUsageMetric(id: $id, input: $input) {
      id
      label
      referenceYear
    }
  }
`);

export const RemoveUsageMetricMutation = graphql(`
  mutation RemoveUsageMetric($id: ID!) {
    removeUsageMetric(id: $id) {
      id
    }
  }
`);
