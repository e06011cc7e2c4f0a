import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { compareFrench } from '../../../shared/format/french';
import type { SelectOption } from '../../../shared/forms/fields';
import { EpciCommuneOptionsQuery } from '../graphql/members';

/** The EPCI's communes as select options, in French alphabetical order. */
export function useCommuneOptions(epciId: string): SelectOption[] {
  const { data } = useQuery(EpciCommuneOptionsQuery, { variables: { id: epciId } });
  const communes = data?.epci.communes;
  return useMemo(
    () =>
      [...(communes ?? [])]
        .sort((a, b) => compareFrench(a.name, b.name))
        .map((commune) => ({ value: commune.id, label: `${commune.name} (${commune.inseeCode})` })),
    [communes],
  );
}
