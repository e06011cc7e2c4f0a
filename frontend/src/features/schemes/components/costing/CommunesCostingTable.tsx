import type { CommuneSummary, CostingSummary } from '@mutualis/domain/costing/summary';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { SortableTable, type TableColumn } from '../../../../shared/ui/SortableTable';
import { formatEuros, formatEurosChange, formatReceipt } from '../../format';

const sum = (communes: readonly CommuneSummary[], pick: (c: CommuneSummary) => number) => communes.reduce((total, c) => total + pick(c), 0);

/** Each member commune over the mandate, with a link to its sheet (of the draft or of the version shown). */
export function CommunesCostingTable({ costing }: { costing: CostingSummary }) {
  const communes = costing.communes;
  const columns = useMemo<TableColumn<CommuneSummary>[]>(
    () => [
      {
        key: 'name',
        header: 'Commune',
        rowHeader: true,
        cell: (c) => <Link to={`communes/${c.insee}`}>{c.name}</Link>,
        sortValue: (c) => c.name,
        total: 'Toutes les communes',
      },
      {
        key: 'scheme',
        header: 'Coût du schéma',
        numeric: true,
        cell: (c) => formatEuros(c.mandate.schemeCents),
        sortValue: (c) => c.mandate.schemeCents,
        total: formatEuros(sum(communes, (c) => c.mandate.schemeCents)),
      },
      {
        key: 'receipt',
        header: 'Recette',
        numeric: true,
        cell: (c) => formatReceipt(c.mandate.receiptCents),
        sortValue: (c) => c.mandate.receiptCents ?? 0,
        total: formatReceipt(sum(communes, (c) => c.mandate.receiptCents ?? 0)),
      },
      {
        key: 'statusQuo',
        header: 'Situation actuelle',
        numeric: true,
        cell: (c) => formatEuros(c.mandate.statusQuoCents),
        sortValue: (c) => c.mandate.statusQuoCents,
        total: formatEuros(sum(communes, (c) => c.mandate.statusQuoCents)),
      },
      {
        key: 'saving',
        header: 'Économie',
        numeric: true,
        cell: (c) => formatEurosChange(c.mandate.savingCents),
        sortValue: (c) => c.mandate.savingCents,
        total: formatEurosChange(sum(communes, (c) => c.mandate.savingCents)),
      },
      {
        key: 'perInhabitant',
        header: 'Coût par habitant',
        numeric: true,
        cell: (c) => (c.mandate.costPerInhabitantCents === null ? '—' : formatEuros(c.mandate.costPerInhabitantCents)),
        sortValue: (c) => c.mandate.costPerInhabitantCents ?? -1,
      },
      {
        key: 'ac',
        header: 'Déduction de l’AC',
        numeric: true,
        cell: (c) => formatEuros(c.mandate.acDeductionCents),
        sortValue: (c) => c.mandate.acDeductionCents,
        total: formatEuros(sum(communes, (c) => c.mandate.acDeductionCents)),
      },
    ],
    [communes],
  );
  return (
    <SortableTable
      caption={`Chiffrage par commune sur le mandat ${costing.mandate.first}–${costing.mandate.last} (coût par habitant : population municipale)`}
      columns={columns}
      rows={communes}
      rowKey={(c) => c.insee}
      initialSort={{ key: 'name', direction: 'ascending' }}
    />
  );
}
