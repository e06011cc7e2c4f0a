import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { SchemeSummaryFieldsFragment } from '../../../../gql/graphql';
import { formatInteger } from '../../../../shared/format/french';
import { SortableTable, type TableColumn } from '../../../../shared/ui/SortableTable';
import { formatDateTime, formatMandate } from '../../format';

type SchemeRow = SchemeSummaryFieldsFragment;

interface SchemesTableProps {
  epciName: string;
  schemes: readonly SchemeRow[];
  /** Drafters copy and archive schemes; others only read them. */
  canEdit: boolean;
  onDuplicate: (scheme: SchemeRow) => void;
  onArchive: (scheme: SchemeRow) => void;
}

export function SchemesTable({ epciName, schemes, canEdit, onDuplicate, onArchive }: SchemesTableProps) {
  const columns = useMemo<TableColumn<SchemeRow>[]>(
    () => [
      {
        key: 'title',
        header: 'Schéma',
        rowHeader: true,
        cell: (scheme) => <Link to={scheme.id}>{scheme.title}</Link>,
        sortValue: (scheme) => scheme.title,
      },
      {
        key: 'mandate',
        header: 'Mandat',
        cell: (scheme) => formatMandate(scheme.mandate),
        sortValue: (scheme) => scheme.mandate.first * 10_000 + scheme.mandate.last,
      },
      {
        key: 'actions',
        header: 'Actions',
        numeric: true,
        cell: (scheme) => formatInteger(scheme.actions.length),
        sortValue: (scheme) => scheme.actions.length,
      },
      {
        key: 'updated',
        header: 'Dernière modification',
        cell: (scheme) => `${formatDateTime(scheme.updatedAt)}${scheme.updatedBy ? `, par ${scheme.updatedBy}` : ''}`,
        sortValue: (scheme) => scheme.updatedAt,
      },
      ...(canEdit
        ? [
            {
              key: 'commands',
              header: 'Commandes',
              cell: (scheme: SchemeRow) => (
                <div className="row-actions">
                  <Button size="small" variant="bordered" color="neutral" onClick={() => onDuplicate(scheme)} aria-label={`Dupliquer ${scheme.title}`}>
                    Dupliquer
                  </Button>
                  <Button size="small" variant="bordered" color="error" onClick={() => onArchive(scheme)} aria-label={`Archiver ${scheme.title}`}>
                    Archiver
                  </Button>
                </div>
              ),
            },
          ]
        : []),
    ],
    [canEdit, onDuplicate, onArchive],
  );

  return (
    <SortableTable
      caption={`Schémas de mutualisation en préparation – ${epciName}`}
      columns={columns}
      rows={schemes}
      rowKey={(scheme) => scheme.id}
      initialSort={{ key: 'updated', direction: 'descending' }}
    />
  );
}
