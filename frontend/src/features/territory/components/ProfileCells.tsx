import { DGF_CONFIRMATION_LABEL } from '@mutualis/domain/territory/commune-profile';
import type { Dispatch } from 'react';
import { moveToSameColumn, TableCellInput } from '../../../shared/ui/TableCellInput';
import { cellProblem, cellText, checkRow, type CellKey, type ProfileRow, type UsageMetric } from '../communeProfiles';
import type { DraftAction } from '../hooks/useProfileDrafts';

/** What every editable cell of the table needs besides its row. */
export interface CellEditing {
  /** Unique per table: cell ids are `${idPrefix}-${communeId}-${key}`. */
  idPrefix: string;
  metrics: readonly UsageMetric[];
  onEdit: Dispatch<DraftAction>;
}

interface FigureCellProps extends CellEditing {
  row: ProfileRow;
  cellKey: CellKey;
  /** The column header. */
  label: string;
}

export function FigureCell({ row, cellKey, label, idPrefix, metrics, onEdit }: FigureCellProps) {
  const { commune, draft } = row;
  const saved = cellText(row.saved, cellKey);
  const typed = draft?.typed[cellKey];

  function check(text: string) {
    const withText = { ...draft, typed: { ...draft?.typed, [cellKey]: text } };
    return cellProblem(checkRow(row, withText, metrics).problems, cellKey);
  }

  return (
    <TableCellInput
      id={`${idPrefix}-${commune.id}-${cellKey}`}
      column={cellKey}
      label={`${label}, ${commune.name}`}
      value={typed ?? saved}
      changed={typed !== undefined}
      problem={cellProblem(row.checked?.problems, cellKey)}
      check={check}
      onCommit={(text) => onEdit({ type: 'typed', communeId: commune.id, key: cellKey, text, saved })}
      onRevert={() => onEdit({ type: 'reverted', communeId: commune.id, key: cellKey })}
    />
  );
}

/** Confirms that a population DGF below the population totale is right. */
export function DgfConfirmationCell({ row, idPrefix, onEdit }: { row: ProfileRow } & Omit<CellEditing, 'metrics'>) {
  const saved = row.saved.dgfBelowTotalConfirmed;
  const pending = row.draft?.dgfBelowTotalConfirmed;
  return (
    <input
      id={`${idPrefix}-${row.commune.id}-dgfBelowTotalConfirmed`}
      type="checkbox"
      data-column="dgfBelowTotalConfirmed"
      className={pending === undefined ? 'cell-checkbox' : 'cell-checkbox cell-checkbox--changed'}
      aria-label={`${DGF_CONFIRMATION_LABEL}, ${row.commune.name}`}
      checked={pending ?? saved}
      onChange={(event) => onEdit({ type: 'confirmed', communeId: row.commune.id, value: event.target.checked, saved })}
      onKeyDown={moveToSameColumn}
    />
  );
}
