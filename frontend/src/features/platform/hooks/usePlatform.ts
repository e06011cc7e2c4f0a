import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { AppointAdministratorMutation, EpciCatalogueQuery, ImportedEpcisQuery, ImportEpciMutation } from '../graphql/platform';

export function useImportedEpcis() {
  const { data, error } = useQuery(ImportedEpcisQuery);
  return { epcis: data?.importedEpcis, error };
}

export const CATALOGUE_PAGE_SIZE = 10;

/** The national list, searched once typing pauses; a new search starts again at the first page. */
export function useEpciCatalogue() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState({ search: '', offset: 0 });
  const settledSearch = useDebouncedValue(search.trim(), 300);
  const offset = page.search === settledSearch ? page.offset : 0;
  const { data, previousData, loading, error } = useQuery(EpciCatalogueQuery, {
    variables: { search: settledSearch, offset, limit: CATALOGUE_PAGE_SIZE },
  });
  return {
    search,
    setSearch,
    /** The search the results are for. */
    searched: settledSearch,
    offset,
    setOffset: (next: number) => setPage({ search: settledSearch, offset: next }),
    // The previous results stay on screen while the next ones load.
    catalogue: (data ?? previousData)?.epciCatalogue,
    /** The results on screen are those of an earlier search. */
    searching: loading && !data,
    error,
  };
}

export function useImportEpci() {
  const [importEpci] = useMutation(ImportEpciMutation, {
    // The entry then reads « Déjà importée », and the EPCI joins the imported list.
    refetchQueries: [{ query: ImportedEpcisQuery }, 'EpciCatalogue'],
    awaitRefetchQueries: true,
  });
  return useCallback(async (siren: string) => (await importEpci({ variables: { siren } })).data?.importEpci, [importEpci]);
}

export interface Administrator {
  name: string;
  email: string;
}

export function useAppointAdministrator() {
  const [appoint] = useMutation(AppointAdministratorMutation);
  return (epciId: string, administrator: Administrator) =>
    appoint({ variables: { input: { epciId, ...administrator } } });
}
