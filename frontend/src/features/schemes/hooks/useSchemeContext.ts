import { useQuery } from '@apollo/client/react';
import { SchemeContextQuery } from '../graphql/schemes';

/** The EPCI's communes with their figures, its usage metrics and its OPSN registry. */
export function useSchemeContext(epciId: string) {
  const { data, error } = useQuery(SchemeContextQuery, { variables: { epciId }, fetchPolicy: 'cache-and-network' });
  return { epci: data?.epci, error };
}
