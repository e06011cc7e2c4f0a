import { formatCsv } from '../csv.js';
import { searchKey } from '../text.js';
import type { IsoDate } from './dates.js';
import type { Votes } from './deliberation.js';

/**
 * Open data of deliberations in the SCDL « Délibérations » table schema, version 2.1.5
 * (OpenDataFrance, schema.data.gouv.fr): seventeen columns in this order, UTF-8, commas, a header
 * row, quotes only around a field that needs them.
 */
export const SCDL_DELIBERATIONS_VERSION = '2.1.5';

export const SCDL_COLUMNS = [
  'COLL_NOM',
  'COLL_SIRET',
  'DELIB_ID',
  'DELIB_DATE',
  'DELIB_MATIERE_CODE',
  'DELIB_MATIERE_NOM',
  'DELIB_OBJET',
  'BUDGET_ANNEE',
  'BUDGET_NOM',
  'PREF_ID',
  'PREF_DATE',
  'VOTE_EFFECTIF',
  'VOTE_REEL',
  'VOTE_POUR',
  'VOTE_CONTRE',
  'VOTE_ABSTENTION',
  'DELIB_URL',
] as const;

/** Level 2 of the ACTES nomenclature used here: a scheme is a matter of intercommunality. */
export const ACTES_INTERCOMMUNALITY = { code: '5.7', name: 'Institutions et vie politique/Intercommunalité' } as const;

export interface ScdlDeliberation {
  /** The deliberating body's official name: the EPCI or a member commune. */
  collectivityName: string;
  /** 14 digits, Luhn-valid. */
  siret: string;
  number: string;
  date: IsoDate;
  subject: string;
  votes: Votes | null;
}

const count = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The CSV file's text. */
export function scdlDeliberationsCsv(deliberations: readonly ScdlDeliberation[]): string {
  const rows = deliberations.map((d) => [
    d.collectivityName,
    d.siret,
    d.number,
    d.date,
    ACTES_INTERCOMMUNALITY.code,
    ACTES_INTERCOMMUNALITY.name,
    d.subject,
    '',
    '',
    '',
    '',
    count(d.votes?.inOffice),
    count(d.votes?.present),
    count(d.votes?.for),
    count(d.votes?.against),
    count(d.votes?.abstentions),
    '',
  ]);
  return formatCsv([[...SCDL_COLUMNS], ...rows], { separator: ',', bom: false });
}

/** SCDL file names: `AAAAMMJJ_SIREN_nom-du-fichier.csv`. */
export function scdlFileName(date: IsoDate, siren: string, name: string): string {
  return `${date.replaceAll('-', '')}_${siren}_${searchKey(name).replaceAll(' ', '-')}.csv`;
}
