import { useState } from 'react';
import { Loading } from '../../../shared/ui/Loading';
import { SuccessMessage } from '../../../shared/ui/Notice';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { useImportedEpcis } from '../hooks/usePlatform';
import { AppointAdministratorDialog } from './AppointAdministratorDialog';
import { ImportedEpcisTable } from './ImportedEpcisTable';
import { ImportEpciForm } from './ImportEpciForm';

interface PlatformConsoleProps {
  canImport: boolean;
  canAppoint: boolean;
}

export function PlatformConsole({ canImport, canAppoint }: PlatformConsoleProps) {
  const { epcis, error } = useImportedEpcis();
  const [appointingFor, setAppointingFor] = useState<{ id: string; name: string }>();
  const [appointed, setAppointed] = useState<string>();

  return (
    <>
      {canImport && (
        <section aria-labelledby="import-title">
          <h2 id="import-title">Importer une intercommunalité</h2>
          <p>Les communes membres, les populations et le régime fiscal proviennent du découpage administratif officiel.</p>
          <ImportEpciForm />
        </section>
      )}
      <section aria-labelledby="imported-title">
        <h2 id="imported-title">Intercommunalités importées</h2>
        <SuccessMessage>{appointed}</SuccessMessage>
        {error ? (
          <QueryFailure error={error} />
        ) : !epcis ? (
          <Loading />
        ) : epcis.length === 0 ? (
          <p>Aucune intercommunalité n'a encore été importée.</p>
        ) : (
          <ImportedEpcisTable epcis={epcis} onAppoint={canAppoint ? setAppointingFor : undefined} />
        )}
      </section>
      {appointingFor && (
        <AppointAdministratorDialog
          epci={appointingFor}
          onAppointed={setAppointed}
          onClose={() => setAppointingFor(undefined)}
        />
      )}
    </>
  );
}
