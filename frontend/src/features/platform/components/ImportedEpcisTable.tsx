import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useMemo } from 'react';
import type { ImportedEpcisQuery } from '../../../gql/graphql';
import { formatInteger } from '../../../shared/format/french';
import { SortableTable, type TableColumn } from '../../../shared/ui/SortableTable';
import { epciKindLabels } from '../../territory/labels';

type ImportedEpci = ImportedEpcisQuery['importedEpcis'][number];

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

interface ImportedEpcisTableProps {
  epcis: readonly ImportedEpci[];
  /** Absent when the operator may not appoint administrators. */
  onAppoint: ((epci: ImportedEpci) => void) | undefined;
}

export function ImportedEpcisTable({ epcis, onAppoint }: ImportedEpcisTableProps) {
  const columns = useMemo<TableColumn<ImportedEpci>[]>(() => {
    const base: TableColumn<ImportedEpci>[] = [
      { key: 'name', header: 'Intercommunalité', rowHeader: true, cell: (e) => e.name, sortValue: (e) => e.name },
      { key: 'siren', header: 'SIREN', cell: (e) => e.siren, sortValue: (e) => e.siren },
      { key: 'kind', header: 'Nature', cell: (e) => epciKindLabels[e.kind], sortValue: (e) => epciKindLabels[e.kind] },
      {
        key: 'communeCount',
        header: 'Communes',
        numeric: true,
        cell: (e) => formatInteger(e.communeCount),
        sortValue: (e) => e.communeCount,
      },
      {
        key: 'populationTotale',
        header: 'Population totale',
        numeric: true,
        cell: (e) => formatInteger(e.populationTotale),
        sortValue: (e) => e.populationTotale,
      },
      {
        key: 'importedAt',
        header: 'Importée le',
        cell: (e) => dateFormat.format(new Date(e.importedAt)),
        sortValue: (e) => e.importedAt,
      },
    ];
    if (!onAppoint) return base;
    return [
      ...base,
      {
        key: 'actions',
        header: 'Actions',
        cell: (e) => (
          <Button
            size="small"
            variant="bordered"
            color="neutral"
            onClick={() => onAppoint(e)}
            aria-label={`Nommer un administrateur pour ${e.name}`}
          >
            Nommer un administrateur
          </Button>
        ),
      },
    ];
  }, [onAppoint]);

  return (
    <SortableTable
      caption="Intercommunalités importées"
      columns={columns}
      rows={epcis}
      rowKey={(e) => e.id}
      initialSort={{ key: 'name', direction: 'ascending' }}
    />
  );
}
