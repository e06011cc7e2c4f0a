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

/**
 * « de » before a name, as French writes it: « de Moissac », « d’Angeville », « d’Hendaye » (an h
 * taken as mute, as most place names have it), « du Mans » and « des Mureaux » (the article joined).
 */
export function ofName(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  return /^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(name) ? `d’${name}` : `de ${name}`;
}
