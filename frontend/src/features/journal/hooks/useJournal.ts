import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JournalEventFieldsFragment } from '../../../gql/graphql';
import { JournalQuery } from '../graphql/journal';

export type JournalEvent = JournalEventFieldsFragment;

/** What the journal is narrowed to; empty strings mean « all ». */
export interface JournalFilter {
  actorId: string;
  kind: string;
  from: string;
  to: string;
}

/** Events shown per page. */
export const JOURNAL_PAGE = 50;

interface JournalState {
  events: JournalEvent[];
  /** The last shown event's id when older ones exist, else null. */
  next: string | null;
  loading: boolean;
  error: unknown;
}

/**
 * The journal page by page, newest first: the first page for the filter, then each older page
 * from the last event shown (keyset). One more event than shown is asked to know whether older
 * ones exist.
 */
export function useJournal(epciId: string, filter: JournalFilter) {
  const client = useApolloClient();
  const [state, setState] = useState<JournalState>({ events: [], next: null, loading: true, error: null });
  const { actorId, kind, from, to } = filter;
  // Only the latest request is shown: a page asked for an earlier filter arrives too late to count.
  const latest = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const ticket = ++latest.current;
      setState((current) => ({ ...current, loading: true, error: null }));
      try {
        const { data } = await client.query({
          query: JournalQuery,
          variables: { epciId, limit: JOURNAL_PAGE + 1, after, actorId: actorId || null, kind: kind || null, from: from || null, to: to || null },
          fetchPolicy: 'network-only',
        });
        if (ticket !== latest.current) return;
        const page = data?.auditTrail ?? [];
        const shown = page.slice(0, JOURNAL_PAGE);
        setState((current) => ({
          events: after ? [...current.events, ...shown] : shown,
          next: page.length > JOURNAL_PAGE ? shown[shown.length - 1].id : null,
          loading: false,
          error: null,
        }));
      } catch (error) {
        if (ticket !== latest.current) return;
        setState((current) => ({ ...current, loading: false, error }));
      }
    },
    [client, epciId, actorId, kind, from, to],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const more = useCallback(() => (state.next ? load(state.next) : Promise.resolve()), [load, state.next]);
  return { ...state, more };
}
