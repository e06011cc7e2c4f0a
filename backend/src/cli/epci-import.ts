import { importFromOfficialData } from '../modules/territory/territory.service.js';
import { UsageError, runCli } from './run.js';

// npm run epci:import -- <SIREN>
await runCli(async ({ dataSource }, [siren]) => {
  if (!siren) throw new UsageError('Usage : npm run epci:import -- <SIREN>');
  const result = await dataSource.transaction((manager) =>
    importFromOfficialData(manager, siren, { actorUserId: null, actorLabel: 'cli:epci-import', ip: null }),
  );
  const { epci } = result;
  return (
    `${result.created ? 'Importé' : 'Mis à jour'} : ${epci.name} (${epci.kind}, ${epci.taxRegime}, SIREN ${epci.siren}) — ` +
    `${result.communesAdded} commune(s) ajoutée(s), ${result.communesUpdated} mise(s) à jour, ${result.communesLeft} sortie(s)`
  );
});
