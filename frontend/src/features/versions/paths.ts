import { schemePath } from '../schemes/paths';

export const versionsPath = (epciId: string, schemeId: string) => `${schemePath(epciId, schemeId)}/versions`;
export const versionPath = (epciId: string, schemeId: string, versionId: string) => `${versionsPath(epciId, schemeId)}/${versionId}`;
export const comparePath = (epciId: string, schemeId: string, fromId: string, toId: string) =>
  `${versionsPath(epciId, schemeId)}/comparer?${new URLSearchParams({ de: fromId, a: toId })}`;
