import { createRequire } from 'node:module';
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

let bySiren: Map<string, OfficialEpci> | null = null;

/** Loaded on first use (4 MB of JSON): most start-ups never need it. */
export function officialEpci(siren: string): OfficialEpci | undefined {
  bySiren ??= new Map((require('@etalab/decoupage-administratif/data/epci.json') as OfficialEpci[]).map((e) => [e.code, e]));
  return bySiren.get(siren);
}
