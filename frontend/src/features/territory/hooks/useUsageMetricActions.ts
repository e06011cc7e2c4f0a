import { useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import type { UsageMetricInput } from '../../../gql/graphql';
import { EpciDetailsQuery } from '../graphql/epci';
import { DefineUsageMetricMutation, RemoveUsageMetricMutation, UpdateUsageMetricMutation } from '../graphql/usageMetrics';

/**
 * Defining or removing a metric adds or removes a column (and its values): the EPCI is fetched
 * again. Renaming updates the cached metric by its id.
 */
export function useUsageMetricActions(epciId: string) {
  const refetch = { refetchQueries: [{ query: EpciDetailsQuery, variables: { id: epciId } }], awaitRefetchQueries: true };
  const [define] = useMutation(DefineUsageMetricMutation, refetch);
  const [update] = useMutation(UpdateUsageMetricMutation);
  const [remove] = useMutation(RemoveUsageMetricMutation, refetch);

  return useMemo(
    () => ({
      define: (input: UsageMetricInput) => define({ variables: { epciId, input } }),
      update: (id: string, input: UsageMetricInput) => update({ variables: { id, input } }),
      remove: (id: string) => remove({ variables: { id } }),
    }),
    [epciId, define, update, remove],
  );
}
