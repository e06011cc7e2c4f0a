import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { OpsnInput } from '../../../gql/graphql';
import {
  CreateOpsnMutation,
  OpsnRegistryQuery,
  OpsnSuggestionsQuery,
  RemoveOpsnMutation,
  UpdateOpsnMutation,
} from '../graphql/opsn';

export function useOpsnRegistry(epciId: string) {
  const { data, error, refetch } = useQuery(OpsnRegistryQuery, { variables: { epciId } });
  return { opsns: data?.epci.opsns, error, reload: refetch };
}

export function useOpsnSuggestions() {
  const { data } = useQuery(OpsnSuggestionsQuery);
  return data?.opsnSuggestions ?? [];
}

/** Creating and removing change the list, which is fetched again; an update is cached by id. */
export function useOpsnActions(epciId: string) {
  const refetch = { refetchQueries: [{ query: OpsnRegistryQuery, variables: { epciId } }], awaitRefetchQueries: true };
  const [create] = useMutation(CreateOpsnMutation, refetch);
  const [update] = useMutation(UpdateOpsnMutation);
  const [remove] = useMutation(RemoveOpsnMutation, refetch);

  return useMemo(
    () => ({
      create: (input: OpsnInput) => create({ variables: { epciId, input } }),
      update: (id: string, expectedRevision: number, input: OpsnInput) =>
        update({ variables: { id, expectedRevision, input } }),
      remove: (id: string, expectedRevision: number) => remove({ variables: { id, expectedRevision } }),
    }),
    [epciId, create, update, remove],
  );
}
