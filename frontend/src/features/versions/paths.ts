import { schemePath } from '../schemes/paths';

export const versionsPath = (epciId: string, schemeId: string) => `${schemePath(epciId, schemeId)}/versions`;
export const versionPath = (epciId: string, schemeId: string, versionId: string) => `${versionsPath(epciId, schemeId)}/${versionId}`;
/** Stands for the scheme's draft as it is now where a comparison names a version (`comparer?de=…&a=brouillon`). */
export const DRAFT = 'brouillon';

export const comparePath = (epciId: string, schemeId: string, fromId: string, toId: string) =>
  `${versionsPath(epciId, schemeId)}/comparer?${new URLSearchParams({ de: fromId, a: toId })}`;
