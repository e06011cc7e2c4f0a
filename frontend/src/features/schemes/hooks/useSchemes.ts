import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ArchivedSchemesQuery, ArchiveSchemeMutation, CreateSchemeMutation, DuplicateSchemeMutation, SchemesQuery, UnarchiveSchemeMutation } from '../graphql/schemes';

export interface SchemeDetails {
  title: string;
  description: string;
  mandate: { first: number; last: number };
}

/** The EPCI's draft schemes, refreshed whenever the page opens: colleagues edit them too. */
export function useSchemes(epciId: string) {
  const { data, error, refetch } = useQuery(SchemesQuery, { variables: { epciId }, fetchPolicy: 'cache-and-network' });
  return { schemes: data?.schemes, error, refetch };
}

/** The EPCI's archived schemes, the latest archived first; nothing is asked until `open`. */
export function useArchivedSchemes(epciId: string, open: boolean) {
  const { data, error } = useQuery(ArchivedSchemesQuery, open ? { variables: { epciId }, fetchPolicy: 'cache-and-network' } : skipToken);
  return { archived: data?.schemes, error };
}

/** Creating, copying, archiving and un-archiving schemes; each refreshes both lists. */
export function useSchemeListActions(epciId: string) {
  const refetch = {
    refetchQueries: [
      { query: SchemesQuery, variables: { epciId } },
      { query: ArchivedSchemesQuery, variables: { epciId } },
    ],
    awaitRefetchQueries: true,
  };
  const [createScheme] = useMutation(CreateSchemeMutation, refetch);
  const [duplicateScheme] = useMutation(DuplicateSchemeMutation, refetch);
  const [archiveScheme] = useMutation(ArchiveSchemeMutation, refetch);
  const [unarchiveScheme] = useMutation(UnarchiveSchemeMutation, refetch);

  return useMemo(
    () => ({
      create: async (details: SchemeDetails) => (await createScheme({ variables: { input: { epciId, ...details } } })).data!.createScheme,
      duplicate: async (id: string, title: string) => (await duplicateScheme({ variables: { id, title } })).data!.duplicateScheme,
      archive: (id: string, expectedRevision: number) => archiveScheme({ variables: { id, expectedRevision } }),
      unarchive: (id: string, expectedRevision: number) => unarchiveScheme({ variables: { id, expectedRevision } }),
    }),
    [epciId, createScheme, duplicateScheme, archiveScheme, unarchiveScheme],
  );
}
