import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/session';

/** The signed-in user (null when signed out), read once and then served from the cache. */
export function useSession() {
  const { data, loading, error } = useQuery(MeQuery);
  return { user: data?.me ?? null, loading, error };
}
