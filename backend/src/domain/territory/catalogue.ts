import { searchKey, wordsOf } from '../text.js';
import type { EpciKind, TaxRegime } from './epci.js';

/** One EPCI of the national list (@etalab/decoupage-administratif), as the catalogue shows it. */
export interface CatalogueEpci {
  siren: string;
  name: string;
  kind: EpciKind;
  taxRegime: TaxRegime;
  populationMunicipale: number;
  communes: readonly { insee: string; name: string }[];
}

export interface CatalogueMatch {
  epci: CatalogueEpci;
  /** Member communes the search matched ("Bayonne" finds CA du Pays Basque through Bayonne). */
  matchedCommunes: string[];
}

export interface CataloguePage {
  total: number;
  matches: CatalogueMatch[];
}

const KIND_WORDS: Record<EpciKind, string> = {
  CC: 'communaute de communes',
  CA: 'communaute d agglomeration',
  CU: 'communaute urbaine',
  MET: 'metropole',
};

// Words that say nothing on their own: a query's other words must carry the match.
const FILLER_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'sur', 'sous', 'a', 'au', 'aux']);

interface IndexedEpci {
  epci: CatalogueEpci;
  nameKey: string;
  nameWords: string[];
  communes: { name: string; key: string; words: string[] }[];
}

/** Ranks, best first: the SIREN; the name as typed; every word in the name; a member commune. */
const RANK = { siren: 0, nameExact: 1, namePhrase: 2, nameWords: 3, communeExact: 4, communeWords: 5 } as const;

const paddedWords = (words: readonly string[]) => ` ${words.join(' ')} `;
const hasWordPrefixes = (candidate: readonly string[], query: readonly string[]) =>
  query.every((q) => candidate.some((w) => w.startsWith(q)));

/**
 * Search of the national list by EPCI name, SIREN, or member commune name (or INSEE code),
 * accent- and case-insensitive. Build it once: searching 1,255 EPCI then costs a few ms.
 */
export function createCatalogue(entries: readonly CatalogueEpci[]) {
  const index: IndexedEpci[] = entries.map((epci) => {
    const nameKey = searchKey(epci.name);
    return {
      epci,
      nameKey,
      nameWords: wordsOf(`${nameKey} ${KIND_WORDS[epci.kind]}`),
      communes: epci.communes.map((c) => {
        const key = searchKey(c.name);
        return { name: c.name, key, words: wordsOf(key) };
      }),
    };
  });
  const byName = (a: IndexedEpci, b: IndexedEpci) => a.nameKey.localeCompare(b.nameKey) || a.epci.siren.localeCompare(b.epci.siren);

  return function search(query: string, offset: number, limit: number): CataloguePage {
    const key = searchKey(query);
    if (key === '') {
      const all = [...index].sort(byName);
      return { total: all.length, matches: all.slice(offset, offset + limit).map((e) => ({ epci: e.epci, matchedCommunes: [] })) };
    }
    const words = wordsOf(key);
    const meaningful = words.filter((w) => !FILLER_WORDS.has(w));
    const queryWords = meaningful.length > 0 ? meaningful : words;
    const digits = key.replace(/ /g, '');
    const phrase = ` ${key} `;
    const ranked: { entry: IndexedEpci; rank: number; communes: string[] }[] = [];
    for (const entry of index) {
      let rank: number | null = null;
      if (/^\d{9}$/.test(digits) && entry.epci.siren === digits) rank = RANK.siren;
      else if (entry.nameKey === key) rank = RANK.nameExact;
      else if (paddedWords(entry.nameWords).includes(phrase)) rank = RANK.namePhrase;
      else if (hasWordPrefixes(entry.nameWords, queryWords)) rank = RANK.nameWords;
      const exact = entry.communes.filter((c) => c.key === key);
      const byCode = /^\d[\dab]\d{3}$/.test(key) ? entry.epci.communes.filter((c) => c.insee.toLowerCase() === key) : [];
      const partial = exact.length + byCode.length > 0 ? [] : entry.communes.filter((c) => hasWordPrefixes(c.words, queryWords));
      const communes = [...byCode.map((c) => c.name), ...exact.map((c) => c.name), ...partial.map((c) => c.name)];
      if (rank === null && communes.length > 0) rank = exact.length + byCode.length > 0 ? RANK.communeExact : RANK.communeWords;
      if (rank !== null) ranked.push({ entry, rank, communes });
    }
    // Within a rank, the more populous EPCI first: it is the likelier one.
    ranked.sort(
      (a, b) => a.rank - b.rank || b.entry.epci.populationMunicipale - a.entry.epci.populationMunicipale || byName(a.entry, b.entry),
    );
    return {
      total: ranked.length,
      matches: ranked.slice(offset, offset + limit).map((r) => ({ epci: r.entry.epci, matchedCommunes: r.communes })),
    };
  };
}
