import { useQuery } from '@apollo/client/react';
import { EpciDetailsQuery } from '../graphql/epci';

export function useEpciDetails(epciId: string) {
  const { data, error, refetch } = useQuery(EpciDetailsQuery, { variables: { id: epciId } });
  return { epci: data?.epci, error, reload: refetch };
}
