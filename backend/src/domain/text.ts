/**
 * Text as people search and match it: "Saint-Omer", "saint omer" and "SAINT OMER" are the same,
 * and so are "Pays Basque" and "pays basque". Accents, case, hyphens and apostrophes do not count.
 * Written by hand because PGlite has no `unaccent` and the pages use it too.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a search key. */
export const wordsOf = (key: string): string[] => (key === '' ? [] : key.split(' '));
