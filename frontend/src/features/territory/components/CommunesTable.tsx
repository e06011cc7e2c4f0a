import { useMemo } from 'react';
import type { EpciDetailsQuery } from '../../../gql/graphql';
import { formatInteger } from '../../../shared/format/french';
import { SortableTable, type TableColumn } from '../../../shared/ui/SortableTable';

type Epci = EpciDetailsQuery['epci'];
type Commune = Epci['communes'][number];

interface CommunesTableProps {
  epci: Epci;
  /** A reviewer's own commune, highlighted in the table. */
  ownCommuneId: string | undefined;
}

const sumOf = (communes: readonly Commune[], value: (commune: Commune) => number) =>
  communes.reduce((total, commune) => total + value(commune), 0);

export function CommunesTable({ epci, ownCommuneId }: CommunesTableProps) {
  const columns = useMemo<TableColumn<Commune>[]>(
    () => [
      {
        key: 'inseeCode',
        header: 'Code INSEE',
        cell: (commune) => commune.inseeCode,
        sortValue: (commune) => commune.inseeCode,
        total: 'Total',
      },
      {
        key: 'name',
        header: 'Commune',
        rowHeader: true,
        cell: (commune) =>
          commune.id === ownCommuneId ? (
            <>
              {commune.name} <span className="tag">Votre commune</span>
            </>
          ) : (
            commune.name
          ),
        sortValue: (commune) => commune.name,
        total: `${formatInteger(epci.communes.length)} communes`,
      },
      { key: 'siren', header: 'SIREN', cell: (commune) => commune.siren, sortValue: (commune) => commune.siren },
      {
        key: 'populationMunicipale',
        header: 'Population municipale',
        numeric: true,
        cell: (commune) => formatInteger(commune.populationMunicipale),
        sortValue: (commune) => commune.populationMunicipale,
        total: formatInteger(sumOf(epci.communes, (commune) => commune.populationMunicipale)),
      },
      {
        key: 'populationTotale',
        header: 'Population totale',
        numeric: true,
        cell: (commune) => formatInteger(commune.populationTotale),
        sortValue: (commune) => commune.populationTotale,
        total: formatInteger(sumOf(epci.communes, (commune) => commune.populationTotale)),
      },
    ],
    [epci.communes, ownCommuneId],
  );

  return (
    <SortableTable
      caption={`Communes membres de ${epci.name}`}
      columns={columns}
      rows={epci.communes}
      rowKey={(commune) => commune.id}
      rowClassName={(commune) => (commune.id === ownCommuneId ? 'row--highlighted' : undefined)}
      initialSort={{ key: 'name', direction: 'ascending' }}
    />
  );
}
