import { useQuery } from '@apollo/client/react';
import type { CostingSummary } from '@mutualis/domain/costing/summary';
import type { SchemeAction } from '@mutualis/domain/scheme/action';
import type { ActionCosting, CommuneCosting } from '@mutualis/domain/costing/types';
import type { SchemeFieldsFragment } from '../../../gql/graphql';
import { SchemeCommuneQuery, SchemeQuery } from '../graphql/schemes';

export type Scheme = SchemeFieldsFragment;
export type SchemeActionRow = Scheme['actions'][number];

/** An action's definition under the row's id. */
export const definitionOf = (action: SchemeActionRow): SchemeAction => ({ ...action.definition, id: action.id });
/** The costing summary typed as the shared domain defines it. */
export const costingOf = (scheme: Scheme) => scheme.costing.summary as CostingSummary;

/**
 * A draft with its costing. Read afresh from the server each time a page opens it, so that the
 * revision a change is made from is the latest one; then kept up to date by the mutations.
 */
export function useScheme(schemeId: string) {
  const { data, error, refetch } = useQuery(SchemeQuery, {
    variables: { id: schemeId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  return { scheme: data?.scheme, error, refetch };
}

/** A draft with its costing, one commune's figures year by year and its shares of every action, explanations included. */
export function useSchemeCommune(schemeId: string, insee: string) {
  const { data, error } = useQuery(SchemeCommuneQuery, { variables: { id: schemeId, insee }, fetchPolicy: 'network-only' });
  const costing = data?.scheme.costing;
  return { scheme: data?.scheme, commune: costing?.commune as CommuneCosting | null | undefined, shares: costing?.shares as ActionCosting[] | undefined, error };
}
