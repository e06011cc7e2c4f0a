import { actionSummary } from '@mutualis/domain/scheme/action';
import type { VersionContent } from '@mutualis/domain/versions/diff';
import type { VersionDiffFieldsFragment, VersionSummaryFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../schemes/format';
import type { SchemeActionRow } from '../../schemes/hooks/useScheme';

export type { VersionContent };
export type VersionSummary = VersionSummaryFieldsFragment;
/** A comparison as the API types it (backend/src/modules/versions/models/version-diff.models.ts). */
export type VersionDiff = VersionDiffFieldsFragment;
export type ActionChange = VersionDiff['actions'][number];
export type CommuneMoneyChange = VersionDiff['communes'][number];
export type FieldChange = ActionChange['fields'][number];
export type ActionCost = NonNullable<ActionChange['cost']>;
export type MoneyChange = VersionDiff['totals']['total'];

/** « v3 »: how the pages name a version. */
export const versionLabel = (version: { number: number }) => `v${version.number}`;

/** The draft as it is now, where a comparison names a version: in a list of choices, and in a column heading. */
export const DRAFT_CHOICE_LABEL = 'Brouillon actuel';
export const DRAFT_LABEL = 'brouillon';

const EXCERPT_LENGTH = 60;

/** « v3 — 12 mars 2026 à 14:05 — Clé population pour le traceur » in a list of choices, the message cut short. */
export function versionChoiceLabel(version: VersionSummary): string {
  const label = versionLabel(version);
  // A message that starts by naming its own version (« v1 — projet… ») would read « v1 — … — v1 — projet… ».
  const text = version.message.replace(new RegExp(`^${label}(?![0-9])[\\s–—:-]*`), '') || version.message;
  const message = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
  return `${label} — ${formatDateTime(version.frozenAt)} — ${message}`;
}

/** A version's status is the lifecycle table's (the server derives it); the labels are the domain's. */
export { VERSION_STATUS_LABELS, type VersionStatus } from '@mutualis/domain/consultation/lifecycle';

/** The frozen actions shaped as the editor's rows, so that its read-only cards show them; the order is the position. */
export function versionActionRows(content: VersionContent): SchemeActionRow[] {
  return content.actions.map(actionSummary);
}

/** The version a timeline row compares with: the one frozen just before it. */
export function previousOf(versions: readonly VersionSummary[], version: VersionSummary): VersionSummary | undefined {
  return versions.find((v) => v.id === version.parentId);
}

export function isEmptyDiff(diff: VersionDiff): boolean {
  const { totals } = diff;
  return (
    diff.scheme.length === 0 &&
    diff.actions.length === 0 &&
    diff.communes.length === 0 &&
    totals.epci.difference === 0 &&
    totals.communes.difference === 0 &&
    totals.total.difference === 0
  );
}

export type Trend = 'rise' | 'fall' | 'none';

export const trendOf = (difference: number): Trend => (difference > 0 ? 'rise' : difference < 0 ? 'fall' : 'none');

/** Said in words beside the amount: the highlight is never carried by colour alone. */
export const TREND_LABELS: Record<Trend, string> = { rise: 'hausse', fall: 'baisse', none: 'inchangé' };
