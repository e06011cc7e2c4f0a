// Addresses of the scheme pages that others link back to; children are linked relatively.
export const schemesPath = (epciId: string) => `/epci/${epciId}/schemas`;
export const schemePath = (epciId: string, schemeId: string) => `${schemesPath(epciId)}/${schemeId}`;

/** Set by the action page when it brings the drafter back to the scheme after a save. */
export interface SchemePageState {
  saved?: string;
}
