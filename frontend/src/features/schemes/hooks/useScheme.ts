import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { isPrefetched } from '../../../app/prefetch';
import type { CostingSummary } from '@mutualis/domain/costing/summary';
import { actionSummary, type SchemeAction } from '@mutualis/domain/scheme/action';
import type { ActionCosting, CommuneCosting } from '@mutualis/domain/costing/types';
import type { SchemeFieldsFragment } from '../../../gql/graphql';
import { SchemeCommuneQuery, SchemeHeadQuery, SchemeQuery } from '../graphql/schemes';

export type Scheme = SchemeFieldsFragment;
/** An action as lists and cards show it, for a draft or a frozen version alike. */
export type SchemeActionRow = ReturnType<typeof actionSummary>;

/** An action's definition under the row's id. */
export const definitionOf = (action: { id: string; definition: SchemeAction }): SchemeAction => ({ ...action.definition, id: action.id });
/** A draft's actions as rows: the server sends each action once, as its definition, and the rows are read from it. */
export const actionRowsOf = (scheme: Scheme): SchemeActionRow[] => scheme.actions.map((action) => actionSummary(definitionOf(action), action.position));
/** The costing summary typed as the shared domain defines it. */
export const costingOf = (scheme: Scheme) => scheme.costing.summary as CostingSummary;

/**
 * A draft with its costing. Read afresh from the server each time a page opens it (by the route's
 * loader, or here), so that the revision a change is made from is the latest one; then kept up to
 * date by the mutations.
 */
export function useScheme(schemeId: string) {
  const [prefetched] = useState(() => isPrefetched(SchemeQuery, { id: schemeId }));
  const { data, error, refetch } = useQuery(SchemeQuery, {
    variables: { id: schemeId },
    fetchPolicy: prefetched ? 'cache-first' : 'network-only',
    nextFetchPolicy: (_current, { reason }) => (reason === 'variables-changed' ? 'network-only' : 'cache-first'),
  });
  return { scheme: data?.scheme, error, refetch };
}

/**
 * The draft without its costing, as the route's loader or the list of schemes left it in the cache:
 * its title shows at once, the costing (computed on the server, the larger download) after.
 */
export function useSchemeHead(schemeId: string) {
  const { data } = useQuery(SchemeHeadQuery, { variables: { id: schemeId } });
  return data?.scheme;
}

/** A draft with its costing, one commune's figures year by year and its shares of every action, explanations included. */
export function useSchemeCommune(schemeId: string, insee: string) {
  const { data, error } = useQuery(SchemeCommuneQuery, { variables: { id: schemeId, insee }, fetchPolicy: 'network-only' });
  const costing = data?.scheme.costing;
  return { scheme: data?.scheme, commune: costing?.commune as CommuneCosting | null | undefined, shares: costing?.shares as ActionCosting[] | undefined, error };
}
