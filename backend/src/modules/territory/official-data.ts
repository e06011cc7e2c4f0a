import { createRequire } from 'node:module';
import { createCatalogue } from '../../domain/territory/catalogue.js';
import type { EpciKind, TaxRegime } from '../../domain/territory/epci.js';

/** The official list of EPCI and their members, shipped by @etalab/decoupage-administratif. */
export interface OfficialCommune {
  code: string;
  siren: string;
  nom: string;
  populationMunicipale: number;
  populationTotale: number;
}
export interface OfficialEpci {
  code: string;
  nom: string;
  type: EpciKind;
  modeFinancement: TaxRegime;
  populationMunicipale: number;
  populationTotale: number;
  membres: OfficialCommune[];
}

const require = createRequire(import.meta.url);
const packageVersion: string = require('@etalab/decoupage-administratif/package.json').version;
export const OFFICIAL_SOURCE = `@etalab/decoupage-administratif ${packageVersion}`;

let all: OfficialEpci[] | null = null;
let bySiren: Map<string, OfficialEpci> | null = null;
let catalogue: ReturnType<typeof createCatalogue> | null = null;

// The data says METRO for métropoles and MET69 for the Métropole de Lyon: both are our MET.
const OFFICIAL_KINDS: Record<string, EpciKind> = { CC: 'CC', CA: 'CA', CU: 'CU', METRO: 'MET', MET69: 'MET' };

/** Loaded on first use (4 MB of JSON): most start-ups never need it. */
const officialList = () =>
  (all ??= (require('@etalab/decoupage-administratif/data/epci.json') as (Omit<OfficialEpci, 'type'> & { type: string })[]).map((e) => ({
    ...e,
    type: OFFICIAL_KINDS[e.type],
  })));

export function officialEpci(siren: string): OfficialEpci | undefined {
  bySiren ??= new Map(officialList().map((e) => [e.code, e]));
  return bySiren.get(siren);
}

/** Search over the 1,255 EPCI and their members, indexed once. */
export function officialCatalogue() {
  catalogue ??= createCatalogue(
    officialList().map((e) => ({
      siren: e.code,
      name: e.nom,
      kind: e.type,
      taxRegime: e.modeFinancement,
      populationMunicipale: e.populationMunicipale,
      communes: e.membres.map((m) => ({ insee: m.code, name: m.nom })),
    })),
  );
  return catalogue;
}
