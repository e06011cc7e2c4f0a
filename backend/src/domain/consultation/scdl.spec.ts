import { parseCsv } from '../csv.js';
import { isIsoDate } from './dates.js';
import { SCDL_COLUMNS, scdlDeliberationsCsv, scdlFileName, type ScdlDeliberation } from './scdl.js';
import { isValidSiret } from './siret.js';

/** Level-2 codes of the ACTES nomenclature that the schema allows: 1.1–1.7, 2.1–2.3, … 9.1–9.4. */
const ACTES_LEVEL_2_COUNTS: Record<string, number> = { 1: 7, 2: 3, 3: 6, 4: 5, 5: 8, 6: 5, 7: 10, 8: 9, 9: 4 };

/** Every constraint of SCDL « Délibérations » 2.1.5 on one row; the list of what it breaks. */
function violations(row: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const required of ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET']) {
    if (row[required] === '') problems.push(`${required} required`);
  }
  if (!/^\d{14}$/.test(row.COLL_SIRET) || !isValidSiret(row.COLL_SIRET)) problems.push('COLL_SIRET');
  if (!isIsoDate(row.DELIB_DATE)) problems.push('DELIB_DATE');
  const code = /^(\d)\.(\d{1,2})$/.exec(row.DELIB_MATIERE_CODE);
  if (!code || Number(code[2]) < 1 || Number(code[2]) > (ACTES_LEVEL_2_COUNTS[code[1]] ?? 0)) problems.push('DELIB_MATIERE_CODE');
  if (row.DELIB_MATIERE_CODE === '5.7' && row.DELIB_MATIERE_NOM !== 'Institutions et vie politique/Intercommunalité') problems.push('DELIB_MATIERE_NOM');
  if (row.BUDGET_ANNEE !== '' && !/^[0-9]{4}(\/[0-9]{4})?$/.test(row.BUDGET_ANNEE)) problems.push('BUDGET_ANNEE');
  if (row.PREF_ID !== '' && !/^(PREF\d{2}[0-9AB]|SPREF\d{2}[0-9AB]\d|SGAR\d{2}[0-9AB])$/.test(row.PREF_ID)) problems.push('PREF_ID');
  if (row.PREF_DATE !== '' && !isIsoDate(row.PREF_DATE)) problems.push('PREF_DATE');
  for (const vote of ['VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION']) {
    if (row[vote] !== '' && !/^-?\d+$/.test(row[vote])) problems.push(vote);
  }
  if (row.DELIB_URL !== '' && !URL.canParse(row.DELIB_URL)) problems.push('DELIB_URL');
  return problems;
}

const epci: ScdlDeliberation = {
  collectivityName: 'CC Terres des Confluences',
  siret: '20006632200013',
  number: 'DEL2027_042',
  date: '2027-06-20',
  subject: 'Adoption du schéma de mutualisation « Schéma 2026-2032, « numérique », v2 »',
  votes: { inOffice: 45, present: 40, for: 35, against: 3, abstentions: 2 },
};
const commune: ScdlDeliberation = {
  collectivityName: 'Moissac',
  siret: '21820112000001',
  number: '2027_014',
  date: '2027-02-03',
  subject: "Avis sur le projet de schéma de mutualisation, réservé: \"RH\"\nsur deux lignes",
  votes: null,
};

describe('the SCDL « Délibérations » 2.1.5 file', () => {
  const text = scdlDeliberationsCsv([epci, commune]);
  const records = parseCsv(text).map((r) => r.cells);
  const rows = records.slice(1).map((cells) => Object.fromEntries(SCDL_COLUMNS.map((column, i) => [column, cells[i]])));

  it('has the seventeen columns of the schema, in order, in its header', () => {
    expect(records[0]).toEqual([
      'COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET', 'BUDGET_ANNEE', 'BUDGET_NOM',
      'PREF_ID', 'PREF_DATE', 'VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION', 'DELIB_URL',
    ]);
  });

  it('gives every row all seventeen fields', () => {
    expect(records.map((cells) => cells.length)).toEqual([17, 17, 17]);
  });

  it('meets every constraint of the schema on every row', () => {
    expect(rows.map(violations)).toEqual([[], []]);
  });

  it('catches a broken row (the checker itself can fail)', () => {
    expect(violations({ ...rows[0], COLL_SIRET: '20006632200012', DELIB_MATIERE_CODE: '5.9', VOTE_POUR: 'trente' })).toEqual([
      'COLL_SIRET',
      'DELIB_MATIERE_CODE',
      'VOTE_POUR',
    ]);
  });

  it('is UTF-8 text without BOM, comma-separated, CRLF lines', () => {
    expect(text.startsWith('COLL_NOM,COLL_SIRET,')).toBe(true);
    expect(text.split('\r\n')[1]).toBe(
      'CC Terres des Confluences,20006632200013,DEL2027_042,2027-06-20,5.7,Institutions et vie politique/Intercommunalité,"Adoption du schéma de mutualisation « Schéma 2026-2032, « numérique », v2 »",,,,,45,40,35,3,2,',
    );
  });

  it('quotes a field holding quotes or line breaks and reads back the same', () => {
    expect(rows[1].DELIB_OBJET).toBe(commune.subject);
  });

  it('leaves the votes of a commune opinion empty when unknown', () => {
    expect([rows[1].VOTE_EFFECTIF, rows[1].VOTE_POUR]).toEqual(['', '']);
  });

  it('names the file AAAAMMJJ_SIREN_nom-du-fichier.csv', () => {
    expect(scdlFileName('2027-06-21', '200066322', 'Délibérations schéma de mutualisation')).toBe('20270621_200066322_deliberations-schema-de-mutualisation.csv');
  });
});
