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
 * Place names whose initial h is aspirated: no elision, « de Hendaye », « de Haute-Goulaine ». Most
 * place names beginning with h take elision (« d’Hyères »), so these are the exceptions, matched on
 * the name's first word (« Herblay-sur-Seine », « Haut-… », « Hautes-… »). Extend it when a sheet
 * shows a wrong elision.
 */
const ASPIRATED_H = ['Hendaye', 'Hasparren', 'Houilles', 'Haut', 'Haute', 'Hautes', 'Hauts', 'Herblay', 'Hazebrouck', 'Honfleur', 'Haguenau', 'Hayange', 'Hagondange', 'Hem', 'Hondschoote'];
const ASPIRATED = new RegExp(`^(${ASPIRATED_H.join('|')})(?![\\p{L}])`, 'u');

/**
 * « de » before a name, as French writes it: « de Moissac », « d’Angeville », « d’Hyères » (a mute
 * h), « de Hendaye » (an aspirated one, see ASPIRATED_H), « du Mans » and « des Mureaux » (the
 * article joined).
 */
export function ofName(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (ASPIRATED.test(name)) return `de ${name}`;
  return /^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(name) ? `d’${name}` : `de ${name}`;
}
