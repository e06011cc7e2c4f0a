import { useApolloClient, useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ProfilesImportPreviewQuery as Preview } from '../../../gql/graphql';
import { EpciDetailsQuery } from '../graphql/epci';
import { ImportProfilesMutation, ProfilesCsvQuery, ProfilesImportPreviewQuery } from '../graphql/profiles';

export type ProfilesImportPreview = Preview['profilesImportPreview'];

/** The communes' profiles as a CSV file: export, preview of an import, and the import itself. */
export function useProfilesCsv(epciId: string) {
  const client = useApolloClient();
  const [importProfiles] = useMutation(ImportProfilesMutation, {
    // The table then shows the imported figures.
    refetchQueries: [{ query: EpciDetailsQuery, variables: { id: epciId } }],
    awaitRefetchQueries: true,
  });

  return useMemo(
    () => ({
      // Files are not kept in the cache: each export and preview reads the profiles as they are now.
      async exportCsv(): Promise<string> {
        const { data } = await client.query({ query: ProfilesCsvQuery, variables: { epciId }, fetchPolicy: 'no-cache' });
        return data?.epci.profilesCsv ?? '';
      },
      async preview(csv: string): Promise<ProfilesImportPreview | undefined> {
        const { data } = await client.query({
          query: ProfilesImportPreviewQuery,
          variables: { input: { epciId, csv } },
          fetchPolicy: 'no-cache',
        });
        return data?.profilesImportPreview;
      },
      /** Applies exactly the previewed changes; CONFLICT when the profiles changed since. */
      async apply(csv: string, digest: string): Promise<number> {
        const { data } = await importProfiles({ variables: { input: { epciId, csv }, digest } });
        return data?.importProfiles ?? 0;
      },
    }),
    [client, epciId, importProfiles],
  );
}
