import { Button, type ButtonElement } from '@gouvfr-lasuite/cunningham-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatInteger } from '../../../shared/format/french';
import { Loading } from '../../../shared/ui/Loading';
import { Notice, SuccessMessage } from '../../../shared/ui/Notice';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { useImportedEpcis } from '../hooks/usePlatform';
import { AppointAdministratorDialog } from './AppointAdministratorDialog';
import { EpciCatalogue, type ImportedEpci } from './EpciCatalogue';
import { ImportedEpcisTable } from './ImportedEpcisTable';

interface PlatformConsoleProps {
  canImport: boolean;
  canAppoint: boolean;
}

/** The EPCI just imported from the catalogue, and its first administrator once appointed. */
interface ImportOutcome {
  epci: ImportedEpci;
  appointed?: string;
}

export function PlatformConsole({ canImport, canAppoint }: PlatformConsoleProps) {
  const { epcis, error } = useImportedEpcis();
  const [imported, setImported] = useState<ImportOutcome>();
  const [appointingFor, setAppointingFor] = useState<{ id: string; name: string }>();
  const [appointed, setAppointed] = useState<string>();
  const appointButton = useRef<ButtonElement>(null);
  const importOutcome = useRef<HTMLDivElement>(null);
  const onImported = useCallback((epci: ImportedEpci) => setImported({ epci }), []);

  // The « Importer » button pressed has become a link: the focus goes to the next step, then,
  // once that button is gone too, to the outcome.
  useEffect(() => {
    if (imported?.appointed) importOutcome.current?.focus();
    else if (imported) appointButton.current?.focus();
  }, [imported]);

  function appointedOne(message: string) {
    if (appointingFor?.id === imported?.epci.id) setImported((current) => current && { ...current, appointed: message });
    else setAppointed(message);
  }

  return (
    <>
      {canImport && (
        <section aria-labelledby="import-title">
          <h2 id="import-title">Importer une intercommunalité</h2>
          <p>
            Les intercommunalités à fiscalité propre, leurs communes membres, leurs populations et leur régime fiscal
            proviennent du découpage administratif officiel.
          </p>
          <div role="status" ref={importOutcome} tabIndex={-1}>
            {imported && (
              <Notice type="success">
                {imported.appointed ??
                  `${imported.epci.name} a été importée avec ses ${formatInteger(imported.epci.communeCount)} communes membres.`}
              </Notice>
            )}
          </div>
          {imported && !imported.appointed && canAppoint && (
            <p>
              <Button ref={appointButton} onClick={() => setAppointingFor(imported.epci)}>
                Nommer son premier administrateur
              </Button>
            </p>
          )}
          <EpciCatalogue onImported={onImported} />
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
          onAppointed={appointedOne}
          onClose={() => setAppointingFor(undefined)}
        />
      )}
    </>
  );
}
