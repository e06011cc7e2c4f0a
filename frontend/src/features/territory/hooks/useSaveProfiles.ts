import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CommuneProfileInput } from '../../../gql/graphql';
import { UpdateCommuneProfilesMutation } from '../graphql/profiles';

/** Saves changed rows together (or none); the cache then holds the new figures and revisions. */
export function useSaveProfiles(epciId: string) {
  const [update] = useMutation(UpdateCommuneProfilesMutation);
  return useCallback((rows: CommuneProfileInput[]) => update({ variables: { input: { epciId, rows } } }), [update, epciId]);
}
