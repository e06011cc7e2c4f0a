import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { EpciCatalogueQuery } from '../../../gql/graphql';
import { TextField } from '../../../shared/forms/fields';
import { formatInteger } from '../../../shared/format/french';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { Notice } from '../../../shared/ui/Notice';
import { Pager } from '../../../shared/ui/Pager';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { SortableTable, type TableColumn } from '../../../shared/ui/SortableTable';
import { epciKindLabels, taxRegimeLabels } from '../../territory/labels';
import { CATALOGUE_PAGE_SIZE, useEpciCatalogue, useImportEpci } from '../hooks/usePlatform';

type Entry = EpciCatalogueQuery['epciCatalogue']['entries'][number];
export interface ImportedEpci {
  id: string;
  name: string;
  communeCount: number;
}

/** « via Bayonne », « via Ainhoa, Ahetze, Ascain et 4 autres »: why a search found the EPCI. */
function matchedText(communes: readonly string[]): string {
  const shown = communes.slice(0, 3).join(', ');
  const others = communes.length - 3;
  return others > 0 ? `via ${shown} et ${others} autre${others > 1 ? 's' : ''}` : `via ${shown}`;
}

function resultsText(total: number, search: string): string {
  if (total === 0) return `Aucune intercommunalité ne correspond à « ${search} ».`;
  return `${formatInteger(total)} intercommunalité${total > 1 ? 's' : ''}${search ? ` pour « ${search} »` : ''}.`;
}

/** Search of the national list, with an import button on each EPCI not imported yet. */
export function EpciCatalogue({ onImported }: { onImported: (epci: ImportedEpci) => void }) {
  const searchId = useId();
  const { search, setSearch, searched, offset, setOffset, catalogue, searching, error } = useEpciCatalogue();
  const importEpci = useImportEpci();
  const [importing, setImporting] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const columns = useMemo<TableColumn<Entry>[]>(() => {
    async function importEntry(entry: Entry) {
      setImporting(entry.siren);
      setFailure(undefined);
      try {
        const epci = await importEpci(entry.siren);
        if (epci) onImported(epci);
      } catch (failed) {
        setFailure(apiErrorMessage(failed));
      } finally {
        setImporting(undefined);
      }
    }
    return [
      {
        key: 'name',
        header: 'Intercommunalité',
        rowHeader: true,
        cell: (entry) => (
          <>
            {entry.name}
            {entry.matchedCommunes.length > 0 && <span className="secondary-line">{matchedText(entry.matchedCommunes)}</span>}
          </>
        ),
      },
      { key: 'siren', header: 'SIREN', cell: (entry) => entry.siren },
      { key: 'kind', header: 'Nature', cell: (entry) => epciKindLabels[entry.kind] },
      { key: 'taxRegime', header: 'Régime fiscal', cell: (entry) => taxRegimeLabels[entry.taxRegime] },
      { key: 'communeCount', header: 'Communes', numeric: true, cell: (entry) => formatInteger(entry.communeCount) },
      {
        key: 'populationMunicipale',
        header: 'Population municipale',
        numeric: true,
        cell: (entry) => formatInteger(entry.populationMunicipale),
      },
      {
        key: 'import',
        header: 'Import',
        cell: (entry) =>
          entry.importedEpciId ? (
            <Link to={`/epci/${entry.importedEpciId}`} aria-label={`${entry.name} : déjà importée, ouvrir sa page`}>
              Déjà importée
            </Link>
          ) : (
            <Button
              size="small"
              variant="bordered"
              color="neutral"
              aria-disabled={importing !== undefined}
              onClick={() => importing === undefined && importEntry(entry)}
              aria-label={`Importer ${entry.name}`}
            >
              {importing === entry.siren ? 'Import en cours…' : 'Importer'}
            </Button>
          ),
      },
    ];
  }, [importing, importEpci, onImported]);

  return (
    <>
      <div role="search" className="catalogue-search">
        <TextField
          id={searchId}
          name="search"
          type="search"
          label="Rechercher une intercommunalité"
          hint="Nom, SIREN ou commune membre ; accents et majuscules sont indifférents."
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {failure && <Notice type="error">{failure}</Notice>}
      <p role="status">{searching ? 'Recherche en cours…' : catalogue ? resultsText(catalogue.total, searched) : ''}</p>
      {error ? (
        <QueryFailure error={error} />
      ) : (
        catalogue &&
        catalogue.entries.length > 0 && (
          <>
            <SortableTable
              caption="Intercommunalités du découpage administratif officiel"
              columns={columns}
              rows={catalogue.entries}
              rowKey={(entry) => entry.siren}
            />
            <Pager
              label="Pages de résultats"
              offset={offset}
              pageSize={CATALOGUE_PAGE_SIZE}
              total={catalogue.total}
              onOffsetChange={setOffset}
            />
          </>
        )
      )}
    </>
  );
}
