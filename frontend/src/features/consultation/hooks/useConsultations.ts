import { skipToken, useQuery } from '@apollo/client/react';
import type { BoardFilter } from '../../../gql/graphql';
import {
  ConsultationBoardQuery,
  ConsultationCommentsQuery,
  ConsultationsQuery,
  SchemeInForceQuery,
  VersionLifecycleQuery,
} from '../graphql/consultation';

// Consultations move while a page is open elsewhere (an opinion arrives, a deadline passes):
// every page reads them afresh on each visit.
const FRESH = { fetchPolicy: 'cache-and-network' } as const;

export function useConsultations(epciId: string) {
  const { data, error, refetch } = useQuery(ConsultationsQuery, { variables: { epciId }, ...FRESH });
  return { consultations: data?.consultations, error, refetch };
}

/** The board, filtered on the server; the previous answer stays on screen while a new filter loads. */
export function useConsultationBoard(consultationId: string, filter: BoardFilter | null) {
  const { data, previousData, error, refetch } = useQuery(ConsultationBoardQuery, { variables: { id: consultationId, filter }, ...FRESH });
  return { consultation: (data ?? previousData)?.consultation, error, refetch };
}

export function useConsultationComments(consultationId: string, communeId: string | undefined) {
  const { data, error, refetch } = useQuery(ConsultationCommentsQuery, communeId ? { variables: { consultationId, communeId }, ...FRESH } : skipToken);
  return { comments: data?.consultationComments, error, refetch };
}

/** A version's status, its own rounds of consultation (newest first), its scheme's closed ones, and its decision. */
export function useVersionLifecycle(epciId: string, schemeId: string, versionId: string) {
  const { data, error } = useQuery(VersionLifecycleQuery, { variables: { epciId, schemeId, versionId }, ...FRESH });
  if (!data) return { error };
  return {
    error,
    lifecycle: {
      version: data.version,
      rounds: data.consultations.filter((c) => c.versionId === versionId),
      schemeRounds: data.consultations,
      decision: data.adoptions.find((d) => d.versionId === versionId),
    },
  };
}

export function useSchemeInForce(epciId: string) {
  const { data, error, refetch } = useQuery(SchemeInForceQuery, { variables: { epciId }, ...FRESH });
  return { inForce: data?.schemeInForce, decisions: data?.adoptions, epci: data?.epci, error, refetch };
}
