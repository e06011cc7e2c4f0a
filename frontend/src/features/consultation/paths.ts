import { versionPath } from '../versions/paths';

export const consultationsPath = (epciId: string) => `/epci/${epciId}/consultations`;
export const consultationPath = (epciId: string, consultationId: string) => `${consultationsPath(epciId)}/${consultationId}`;
/** One commune's side of a consultation: the version with its sheet, its opinion and its thread. */
export const consultationCommunePath = (epciId: string, consultationId: string, communeId: string) =>
  `${consultationPath(epciId, consultationId)}/communes/${communeId}`;
export const openConsultationPath = (epciId: string, schemeId: string, versionId: string) => `${versionPath(epciId, schemeId, versionId)}/consultation`;
export const decisionPath = (epciId: string, schemeId: string, versionId: string) => `${versionPath(epciId, schemeId, versionId)}/deliberation`;

/** Set by a page that brings the user to another one after a change, to say it was made. */
export interface DoneState {
  done?: string;
}
