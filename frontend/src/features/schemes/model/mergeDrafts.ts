/**
 * Re-applying a drafter's input on top of a colleague's newer version of the same action: what
 * the drafter changed since opening the form is taken from their input, everything else from the
 * newer version. Where both changed the same field, the drafter's input wins and the field is
 * reported, so they can check it before saving.
 */
import type { ActionDraft, CommuneEntry, DetailsDraft } from './actionDraft';

/** Row ids are local to a form: two drafts of the same action compare equal without them. */
const comparable = (value: unknown) => JSON.stringify(value, (key, v) => (key === 'id' ? undefined : v));
const same = (a: unknown, b: unknown) => comparable(a) === comparable(b);

/** Field names as the form labels them, for the report of fields both people changed. */
const FIELD_LABELS: Record<Exclude<keyof ActionDraft, 'kind' | 'entries' | 'details'>, string> = {
  title: 'Titre',
  description: 'Description',
  theme: 'Thème',
  obligations: 'Obligations',
  years: 'Années',
  participants: 'Communes participantes',
  statusQuo: 'Situation actuelle',
  costLines: 'Lignes de coût',
  allocation: 'Répartition',
  epciEtpGained: 'ETP gagnés par l’intercommunalité',
};

interface Merge<T> {
  value: T;
  overlapping: boolean;
}

function pick<T>(base: T, mine: T, theirs: T): Merge<T> {
  if (same(mine, base)) return { value: theirs, overlapping: false };
  return { value: mine, overlapping: !same(theirs, base) && !same(theirs, mine) };
}

/** Communes each side added or removed, applied to the newer list. */
function mergeParticipants(base: string[], mine: string[], theirs: string[]): string[] {
  const added = mine.filter((insee) => !base.includes(insee));
  const removed = new Set(base.filter((insee) => !mine.includes(insee)));
  return [...theirs.filter((insee) => !removed.has(insee)), ...added.filter((insee) => !theirs.includes(insee))];
}

function mergeRecords<T>(base: Record<string, T>, mine: Record<string, T>, theirs: Record<string, T>): Merge<Record<string, T>> {
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  let overlapping = false;
  const value: Record<string, T> = {};
  for (const key of keys) {
    const merged = pick(base[key], mine[key], theirs[key]);
    overlapping ||= merged.overlapping;
    if (merged.value !== undefined) value[key] = merged.value;
  }
  return { value, overlapping };
}

export function mergeDrafts(base: ActionDraft, mine: ActionDraft, theirs: ActionDraft): { draft: ActionDraft; overlapping: string[] } {
  const overlapping: string[] = [];
  const field = <K extends keyof typeof FIELD_LABELS>(key: K): ActionDraft[K] => {
    const merged = pick(base[key], mine[key], theirs[key]);
    if (merged.overlapping) overlapping.push(FIELD_LABELS[key]);
    return merged.value;
  };
  const entries = mergeRecords<CommuneEntry>(base.entries, mine.entries, theirs.entries);
  if (entries.overlapping) overlapping.push('Données des communes');
  const details = mergeRecords(
    base.details as unknown as Record<string, unknown>,
    mine.details as unknown as Record<string, unknown>,
    theirs.details as unknown as Record<string, unknown>,
  );
  if (details.overlapping) overlapping.push('Précisions propres à la nature de l’action');

  const participantsChanged = !same(mine.participants, base.participants);
  const draft: ActionDraft = {
    kind: mine.kind,
    title: field('title'),
    description: field('description'),
    theme: field('theme'),
    obligations: field('obligations'),
    years: field('years'),
    participants: participantsChanged ? mergeParticipants(base.participants, mine.participants, theirs.participants) : theirs.participants,
    entries: entries.value,
    statusQuo: field('statusQuo'),
    costLines: field('costLines'),
    allocation: field('allocation'),
    epciEtpGained: field('epciEtpGained'),
    details: details.value as unknown as DetailsDraft,
  };
  return { draft, overlapping };
}
