import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ArchiveSchemeMutation, CreateSchemeMutation, DuplicateSchemeMutation, SchemesQuery } from '../graphql/schemes';

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

/** Creating, copying and archiving schemes; each refreshes the list. */
export function useSchemeListActions(epciId: string) {
  const refetch = { refetchQueries: [{ query: SchemesQuery, variables: { epciId } }], awaitRefetchQueries: true };
  const [createScheme] = useMutation(CreateSchemeMutation, refetch);
  const [duplicateScheme] = useMutation(DuplicateSchemeMutation, refetch);
  const [archiveScheme] = useMutation(ArchiveSchemeMutation, refetch);

  return useMemo(
    () => ({
      create: async (details: SchemeDetails) => (await createScheme({ variables: { input: { epciId, ...details } } })).data!.createScheme,
      duplicate: async (id: string, title: string) => (await duplicateScheme({ variables: { id, title } })).data!.duplicateScheme,
      archive: (id: string, expectedRevision: number) => archiveScheme({ variables: { id, expectedRevision } }),
    }),
    [epciId, createScheme, duplicateScheme, archiveScheme],
  );
}
