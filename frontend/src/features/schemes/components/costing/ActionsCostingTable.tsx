import type { ActionCostingSummary, CostingSummary } from '@mutualis/domain/costing/summary';
import { ACTION_KIND_LABELS } from '@mutualis/domain/scheme/action';
import { useMemo } from 'react';
import { SortableTable, type TableColumn } from '../../../../shared/ui/SortableTable';
import { formatEuros } from '../../format';

interface ActionRow {
  costing: ActionCostingSummary;
  position: number;
  epciCents: number;
}

/** Each costed action over its years: its cost, the EPCI's part and the communes'. */
export function ActionsCostingTable({ costing, positions }: { costing: CostingSummary; positions: ReadonlyMap<string, number> }) {
  const rows = useMemo<ActionRow[]>(
    () =>
      costing.actions.map((action) => ({
        costing: action,
        position: positions.get(action.actionId) ?? 0,
        epciCents: action.years.reduce((sum, year) => sum + year.epciCents, 0),
      })),
    [costing, positions],
  );
  const columns = useMemo<TableColumn<ActionRow>[]>(() => {
    const sum = (pick: (row: ActionRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
    return [
      { key: 'position', header: 'N°', numeric: true, cell: (row) => row.position + 1, sortValue: (row) => row.position, total: 'Total' },
      { key: 'title', header: 'Action', rowHeader: true, cell: (row) => row.costing.title, sortValue: (row) => row.costing.title },
      { key: 'kind', header: 'Nature', cell: (row) => ACTION_KIND_LABELS[row.costing.kind], sortValue: (row) => ACTION_KIND_LABELS[row.costing.kind] },
      {
        key: 'total',
        header: 'Coût total',
        numeric: true,
        cell: (row) => formatEuros(row.costing.totalCents),
        sortValue: (row) => row.costing.totalCents,
        total: formatEuros(sum((row) => row.costing.totalCents)),
      },
      {
        key: 'epci',
        header: 'Intercommunalité',
        numeric: true,
        cell: (row) => formatEuros(row.epciCents),
        sortValue: (row) => row.epciCents,
        total: formatEuros(sum((row) => row.epciCents)),
      },
      {
        key: 'communes',
        header: 'Communes',
        numeric: true,
        cell: (row) => formatEuros(row.costing.totalCents - row.epciCents),
        sortValue: (row) => row.costing.totalCents - row.epciCents,
        total: formatEuros(sum((row) => row.costing.totalCents - row.epciCents)),
      },
    ];
  }, [rows]);
  return (
    <SortableTable
      caption="Chiffrage par action, sur toute sa durée"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.costing.actionId}
      initialSort={{ key: 'position', direction: 'ascending' }}
    />
  );
}
