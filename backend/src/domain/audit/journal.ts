/**
 * The audit trail as people read it in the journal: what kind of change each recorded action is,
 * a sentence for it, and its before/after in words. Actions of the drafts are described aspect by
 * aspect with the same describer as the version comparison.
 */
import type { SchemeAction } from '../scheme/action.js';
import { actionAspects, aspectChanges, type AspectChange, type MetricLabel, type NameOf } from '../scheme/describe-action.js';

/**
 * Kinds of change one can filter the journal by, each a set of recorded actions (SQL LIKE patterns).
 * Sign-ins belong to a person, not to an EPCI: they are in the trail but not in an EPCI's journal.
 */
export const JOURNAL_KINDS = {
  schemes: { label: 'Schémas et actions', patterns: ['scheme.create', 'scheme.update', 'scheme.duplicate', 'scheme.archive', 'scheme.unarchive', 'scheme.action.%'] },
  versions: { label: 'Versions', patterns: ['scheme.version.%'] },
  communes: { label: 'Données des communes', patterns: ['commune_profiles.%', 'usage_metric.%', 'epci.%'] },
  opsn: { label: 'Registre des OPSN', patterns: ['opsn.%'] },
  accounts: { label: 'Comptes et rôles', patterns: ['member.%', 'user.%'] },
} as const satisfies Record<string, { label: string; patterns: readonly string[] }>;

export type JournalKind = keyof typeof JOURNAL_KINDS;

export const isJournalKind = (value: string): value is JournalKind => Object.hasOwn(JOURNAL_KINDS, value);

/** What each recorded action did, as the end of « Damien Rédacteur … ». */
const ACTION_SENTENCES: Record<string, string> = {
  'auth.login.success': 's’est connecté',
  'auth.login.failure': 'a échoué à se connecter',
  'auth.login.throttled': 'a été bloqué après trop d’échecs de connexion',
  'auth.logout': 's’est déconnecté',
  'epci.import': 'a importé l’intercommunalité',
  'commune_profiles.update': 'a modifié les données des communes',
  'commune_profiles.import': 'a importé les données des communes (CSV)',
  'usage_metric.define': 'a ajouté une métrique d’usage',
  'usage_metric.update': 'a modifié une métrique d’usage',
  'usage_metric.remove': 'a supprimé une métrique d’usage',
  'opsn.create': 'a ajouté un OPSN au registre',
  'opsn.update': 'a modifié un OPSN du registre',
  'opsn.remove': 'a retiré un OPSN du registre',
  'scheme.create': 'a créé un schéma',
  'scheme.update': 'a modifié le titre, la description ou le mandat d’un schéma',
  'scheme.duplicate': 'a dupliqué un schéma',
  'scheme.archive': 'a archivé un schéma',
  'scheme.unarchive': 'a désarchivé un schéma',
  'scheme.action.add': 'a ajouté une action',
  'scheme.action.update': 'a modifié une action',
  'scheme.action.remove': 'a supprimé une action',
  'scheme.action.move': 'a déplacé une action',
  'scheme.version.freeze': 'a figé une version',
  'scheme.version.restore': 'a restauré une version dans le brouillon',
  'member.add': 'a ajouté un membre',
  'member.role.change': 'a changé le rôle d’un membre',
  'user.create': 'a créé un compte',
  'user.disable': 'a désactivé un compte',
  'user.enable': 'a réactivé un compte',
};

/** The sentence for a recorded action; one the journal does not know yet is named by its code. */
export const actionSentence = (action: string): string => ACTION_SENTENCES[action] ?? `a fait « ${action} »`;

/** What the describer needs to name communes, metrics and roles. */
export interface JournalNames {
  commune: NameOf;
  metric: MetricLabel;
  role: (role: string) => string;
}

/** Recorded fields read out in words, in this order; any other field is left out. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Titre',
  name: 'Nom',
  label: 'Libellé',
  description: 'Description',
  mandate: 'Mandat',
  role: 'Rôle',
  email: 'Adresse électronique',
  referenceYear: 'Année de référence',
  number: 'Version',
  message: 'Message',
  restoredVersion: 'Version restaurée',
  position: 'Position',
  legalForm: 'Forme juridique',
  departments: 'Départements',
};

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldText(key: string, value: unknown, names: JournalNames): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'role' && typeof value === 'string') return names.role(value);
  if (key === 'mandate' && isRecord(value)) return `${String(value.first)}–${String(value.last)}`;
  if (key === 'number' || key === 'restoredVersion') return `v${String(value)}`;
  if (key === 'position' && typeof value === 'number') return `n° ${value + 1}`;
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function fieldChanges(before: Json | null, after: Json | null, names: JournalNames): AspectChange[] {
  return Object.keys(FIELD_LABELS).flatMap((key) => {
    const had = before !== null && key in before;
    const has = after !== null && key in after;
    if (!had && !has) return [];
    const was = had ? fieldText(key, before[key], names) : '—';
    const is = has ? fieldText(key, after[key], names) : '—';
    return was === is ? [] : [{ label: FIELD_LABELS[key], before: was, after: is }];
  });
}

/** A draft's change records its new state under `value`, beside the scheme's id and new revision. */
const stateOf = (recorded: unknown): unknown => (isRecord(recorded) && 'value' in recorded && 'revision' in recorded ? recorded.value : recorded);

const isAction = (value: unknown): value is SchemeAction => isRecord(value) && Array.isArray(value.participants) && typeof value.kind === 'string';

/**
 * A change's before and after, aspect by aspect, in words: an action of a draft by the action
 * describer (every aspect for one added or removed), any other record by its known fields.
 */
export function describeJournalChange(action: string, before: unknown, recordedAfter: unknown, names: JournalNames): AspectChange[] {
  const after = stateOf(recordedAfter);
  const aspects = (value: unknown) => (isAction(value) ? actionAspects(value, names.commune, names.metric) : null);
  const was = aspects(before);
  const is = aspects(after);
  if (action.startsWith('scheme.action.') && (was || is)) return aspectChanges(was ?? [], is ?? []);
  return fieldChanges(isRecord(before) ? before : null, isRecord(after) ? after : null, names);
}

/** The object of a change in a few words: the action's or the scheme's title, the OPSN's name… */
export function journalSubject(before: unknown, after: unknown): string | null {
  for (const value of [stateOf(after), before]) {
    if (!isRecord(value)) continue;
    for (const key of ['title', 'name', 'label', 'email']) {
      if (typeof value[key] === 'string' && value[key]) return value[key];
    }
  }
  return null;
}
