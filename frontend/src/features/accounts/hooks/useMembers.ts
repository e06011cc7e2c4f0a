import { useQuery } from '@apollo/client/react';
import { MembersQuery } from '../graphql/members';

export function useMembers(epciId: string) {
  const { data, error } = useQuery(MembersQuery, { variables: { epciId } });
  return { members: data?.members, error };
}
