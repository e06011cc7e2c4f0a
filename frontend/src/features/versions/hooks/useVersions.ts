import { skipToken, useQuery } from '@apollo/client/react';
import { SchemeVersionsQuery, VersionDiffQuery, VersionQuery } from '../graphql/versions';
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

/** What changed from one version to another; nothing is asked until both are chosen. */
export function useVersionDiff(fromId: string | null, toId: string | null) {
  const { data, error } = useQuery(VersionDiffQuery, fromId && toId ? { variables: { fromId, toId } } : skipToken);
  return { diff: data?.versionDiff, error };
}
