import { DGF_CONFIRMATION_LABEL, FIGURE_FIELDS } from '@mutualis/domain/territory/commune-profile';
import { useId, useMemo, type Dispatch } from 'react';
import { formatInteger } from '../../../shared/format/french';
import { SortableTable, type TableColumn } from '../../../shared/ui/SortableTable';
import {
  metricCell,
  readableCell,
  sortValue,
  totalsOf,
  type CellKey,
  type Epci,
  type ProfileRow,
  type UsageMetric,
} from '../communeProfiles';
import { useSavedRows, type DraftAction } from '../hooks/useProfileDrafts';
import { DgfConfirmationCell, FigureCell, type CellEditing } from './ProfileCells';
import { ofName } from '@mutualis/domain/text';

interface CommunesTableProps {
  epciName: string;
  rows: readonly ProfileRow[];
  metrics: readonly UsageMetric[];
  /** A reviewer's own commune, highlighted in the table. */
  ownCommuneId: string | undefined;
  /** Absent for those who may not edit: the figures show as text. */
  onEdit?: Dispatch<DraftAction>;
}

type Column = TableColumn<ProfileRow>;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function metricHeader(metric: UsageMetric): string {
  const label = capitalise(metric.label);
  return metric.referenceYear ? `${label} (${metric.referenceYear})` : label;
}

function figureColumn(key: CellKey, header: string, editing: CellEditing | undefined): Column {
  return {
    key,
    header,
    numeric: true,
    cell: (row) =>
      editing ? <FigureCell row={row} cellKey={key} label={header} {...editing} /> : readableCell(row.saved, key),
    sortValue: (row) => sortValue(row.saved, key),
  };
}

const confirmationColumn = (editing: CellEditing | undefined): Column => ({
  key: 'dgfBelowTotalConfirmed',
  header: DGF_CONFIRMATION_LABEL,
  cell: (row) => (editing ? <DgfConfirmationCell row={row} {...editing} /> : row.saved.dgfBelowTotalConfirmed ? 'Oui' : ''),
});

function nameCell(row: ProfileRow, ownCommuneId: string | undefined) {
  return (
    <>
      {row.commune.name}
      {row.commune.id === ownCommuneId && <span className="tag">Votre commune</span>}
      {/* Read with the commune's name; always there, only its text changing, so that marking a row
          lays out this span alone and not the table's 158 rows (the row's bar is its class). No
          space before it: a name filling its line would wrap the span onto a line of its own. */}
      <span className="row-change">{row.draft ? ' modifiée' : ''}</span>
    </>
  );
}

const communeIdOf = (row: ProfileRow) => row.commune.id;
// Drawn wherever the table is scrolled: saving moves the focus to the first wrong figure typed.
const hasUnsavedChange = (row: ProfileRow) => row.draft !== undefined;

function rowClassName(row: ProfileRow, ownCommuneId: string | undefined): string | undefined {
  const highlighted = row.commune.id === ownCommuneId;
  if (!row.draft) return highlighted ? 'row--highlighted' : undefined;
  return highlighted ? 'row--highlighted row--changed' : 'row--changed';
}

/**
 * The member communes with their official populations and the figures the EPCI enters: inputs
 * for those who may edit, text for the others. Columns stay the same while editing, so only the
 * edited row re-renders.
 */
export function CommunesTable({ epciName, rows, metrics, ownCommuneId, onEdit }: CommunesTableProps) {
  const idPrefix = useId();
  const columns = useMemo<Column[]>(() => {
    const editing = onEdit && { idPrefix, metrics, onEdit };
    return [
      {
        key: 'name',
        header: 'Commune',
        rowHeader: true,
        cell: (row) => nameCell(row, ownCommuneId),
        sortValue: (row) => row.commune.name,
      },
      { key: 'inseeCode', header: 'Code INSEE', cell: (row) => row.commune.inseeCode, sortValue: (row) => row.commune.inseeCode },
      {
        key: 'populationMunicipale',
        header: 'Population municipale',
        numeric: true,
        cell: (row) => formatInteger(row.commune.populationMunicipale),
        sortValue: (row) => row.commune.populationMunicipale,
      },
      {
        key: 'populationTotale',
        header: 'Population totale',
        numeric: true,
        cell: (row) => formatInteger(row.commune.populationTotale),
        sortValue: (row) => row.commune.populationTotale,
      },
      ...FIGURE_FIELDS.flatMap((field) => {
        const column = figureColumn(field.key, field.label, editing);
        // As in the CSV file: the confirmation right after the population DGF and its year.
        return field.key === 'populationDgfYear' ? [column, confirmationColumn(editing)] : [column];
      }),
      ...metrics.map((metric) => figureColumn(metricCell(metric.key), metricHeader(metric), editing)),
    ];
  }, [idPrefix, metrics, ownCommuneId, onEdit]);

  const totals = useMemo(() => {
    const sum = (value: (row: ProfileRow) => number) => formatInteger(rows.reduce((total, row) => total + value(row), 0));
    const figureTotals = totalsOf(
      rows.map((row) => row.checked?.figures ?? row.saved),
      metrics,
    );
    return {
      // Each in a box of its own size, so that a total changing lays out that box, not the table;
      // at least as wide as its digits (a digit is about 1ch), so that a large EPCI's total widens
      // its column rather than spill into the next one, which then happens only when it gains a digit.
      ...Object.fromEntries(
        Object.entries(figureTotals).map(([key, total]) => [
          key,
          <span className="figure-total" style={{ minWidth: `${total?.length ?? 0}ch` }}>
            {total}
          </span>,
        ]),
      ),
      name: `Total (${formatInteger(rows.length)} communes)`,
      populationMunicipale: sum((row) => row.commune.populationMunicipale),
      populationTotale: sum((row) => row.commune.populationTotale),
    };
  }, [rows, metrics]);

  return (
    <SortableTable
      className="profile-table"
      framed
      caption={`Communes membres ${ofName(epciName)}`}
      columns={columns}
      rows={rows}
      rowKey={communeIdOf}
      alwaysDrawn={hasUnsavedChange}
      rowClassName={(row) => rowClassName(row, ownCommuneId)}
      initialSort={{ key: 'name', direction: 'ascending' }}
      totals={totals}
    />
  );
}

/** The same table as text, for those who may not edit the figures. */
export function ReadOnlyCommunesTable({ epci, ownCommuneId }: { epci: Epci; ownCommuneId: string | undefined }) {
  const rows = useSavedRows(epci.communes);
  return <CommunesTable epciName={epci.name} rows={rows} metrics={epci.usageMetrics} ownCommuneId={ownCommuneId} />;
}
