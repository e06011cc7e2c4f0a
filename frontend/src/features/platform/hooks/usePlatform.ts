import { useMutation, useQuery } from '@apollo/client/react';
import { AppointAdministratorMutation, ImportedEpcisQuery, ImportEpciMutation } from '../graphql/platform';

export function useImportedEpcis() {
  const { data, error } = useQuery(ImportedEpcisQuery);
  return { epcis: data?.importedEpcis, error };
}

export function useImportEpci() {
  const [importEpci] = useMutation(ImportEpciMutation, {
    refetchQueries: [{ query: ImportedEpcisQuery }],
    awaitRefetchQueries: true,
  });
  return async (siren: string) => (await importEpci({ variables: { siren } })).data?.importEpci;
}

export interface Administrator {
  name: string;
  email: string;
  /** Only when the account does not exist yet. */
  password: string | undefined;
}

export function useAppointAdministrator() {
  const [appoint] = useMutation(AppointAdministratorMutation);
  return (epciId: string, administrator: Administrator) =>
    appoint({ variables: { input: { epciId, ...administrator } } });
}
