import { skipToken, useQuery } from '@apollo/client/react';
import { DraftDiffQuery, SchemeVersionsQuery, VersionDiffQuery, VersionQuery } from '../graphql/versions';
import { DRAFT } from '../paths';
import type { VersionContent } from '../model/versions';

/** The scheme's timeline, read afresh on each visit: a colleague may have frozen or restored meanwhile. */
export function useSchemeVersions(schemeId: string) {
  const { data, error, refetch } = useQuery(SchemeVersionsQuery, { variables: { schemeId }, fetchPolicy: 'cache-and-network' });
  return { scheme: data?.scheme, error, refetch };
}

/** One version with its content; a version never changes, so the cache may serve it again. Nothing is asked until its id is known. */
export function useVersion(versionId: string | undefined) {
  const { data, error } = useQuery(VersionQuery, versionId ? { variables: { id: versionId } } : skipToken);
  const version = data?.version;
  return { version, content: version?.content as VersionContent | undefined, error };
}

/**
 * What changed from one version to another, or to the draft as it is now (`toId` is DRAFT); nothing
 * is asked until both are chosen. A comparison with the draft is read afresh: the draft moves.
 */
export function useVersionDiff(schemeId: string, fromId: string | null, toId: string | null) {
  const withDraft = toId === DRAFT;
  const versions = useQuery(VersionDiffQuery, fromId && toId && !withDraft ? { variables: { fromId, toId } } : skipToken);
  const draft = useQuery(DraftDiffQuery, fromId && withDraft ? { variables: { schemeId, versionId: fromId }, fetchPolicy: 'network-only' } : skipToken);
  return withDraft ? { diff: draft.data?.draftDiff, error: draft.error } : { diff: versions.data?.versionDiff, error: versions.error };
}
