import { useMemo, useReducer } from 'react';
import { checkRow, savedFigures, type CellKey, type Commune, type ProfileRow, type RowDraft, type UsageMetric } from '../communeProfiles';

/** The unsaved changes, by commune id. A commune appears only while it differs from what is saved. */
export type Drafts = Readonly<Record<string, RowDraft>>;

export type DraftAction =
  | { type: 'typed'; communeId: string; key: CellKey; text: string; saved: string }
  | { type: 'confirmed'; communeId: string; value: boolean; saved: boolean }
  | { type: 'reverted'; communeId: string; key: CellKey }
  /** Drops what was sent, unless it was changed again while saving. */
  | { type: 'saved'; sent: Drafts }
  | { type: 'discarded' };

function withRow(drafts: Drafts, communeId: string, row: RowDraft): Drafts {
  const { [communeId]: _previous, ...others } = drafts;
  const empty = Object.keys(row.typed).length === 0 && row.dgfBelowTotalConfirmed === undefined;
  return empty ? others : { ...others, [communeId]: row };
}

function draftsReducer(drafts: Drafts, action: DraftAction): Drafts {
  switch (action.type) {
    case 'typed': {
      const row = drafts[action.communeId] ?? { typed: {} };
      const { [action.key]: _previous, ...typed } = row.typed;
      // Typing the saved value back is no change.
      const next = action.text.trim() === action.saved ? typed : { ...typed, [action.key]: action.text };
      return withRow(drafts, action.communeId, { ...row, typed: next });
    }
    case 'confirmed': {
      const row = drafts[action.communeId] ?? { typed: {} };
      return withRow(drafts, action.communeId, {
        ...row,
        dgfBelowTotalConfirmed: action.value === action.saved ? undefined : action.value,
      });
    }
    case 'reverted': {
      const row = drafts[action.communeId];
      if (!row) return drafts;
      const { [action.key]: _reverted, ...typed } = row.typed;
      return withRow(drafts, action.communeId, { ...row, typed });
    }
    case 'saved':
      return Object.fromEntries(Object.entries(drafts).filter(([id, row]) => action.sent[id] !== row));
    case 'discarded':
      return {};
  }
}

/** Rows of the communes as saved. */
export function useSavedRows(communes: readonly Commune[]): ProfileRow[] {
  return useMemo(() => communes.map((commune) => ({ commune, saved: savedFigures(commune.profile) })), [communes]);
}

/**
 * The unsaved changes and the table's rows. A row object changes only when its own commune's
 * draft (or saved figures) change, so memoised rows re-render one at a time while editing.
 */
export function useProfileDrafts(communes: readonly Commune[], metrics: readonly UsageMetric[]) {
  const [drafts, dispatch] = useReducer(draftsReducer, {});

  const savedRows = useSavedRows(communes);
  // Checked rows by draft, for as long as the saved figures and metrics stay the same.
  const checkedRows = useMemo(() => new WeakMap<RowDraft, ProfileRow>(), [savedRows, metrics]);

  const rows = useMemo(
    () =>
      savedRows.map((row) => {
        const draft = drafts[row.commune.id];
        if (!draft) return row;
        let checkedRow = checkedRows.get(draft);
        if (!checkedRow) {
          checkedRow = { ...row, draft, checked: checkRow(row, draft, metrics) };
          checkedRows.set(draft, checkedRow);
        }
        return checkedRow;
      }),
    [savedRows, checkedRows, drafts, metrics],
  );

  return { drafts, dispatch, rows };
}
