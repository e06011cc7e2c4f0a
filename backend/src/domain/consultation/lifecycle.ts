import { DomainError } from '../errors.js';

/**
 * The legal life of a frozen version (CGCT L5211-39-1), as one explicit transition table: every
 * change of status goes through `transition`, and a version's status is derived from its records
 * by replaying them through the same table (`versionStatusOf`), so pages and services never
 * disagree on it.
 */
export const VERSION_STATUSES = ['FROZEN', 'IN_CONSULTATION', 'CONSULTATION_CLOSED', 'ADOPTED', 'REJECTED', 'SUPERSEDED'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  FROZEN: 'Figée',
  IN_CONSULTATION: 'En consultation',
  CONSULTATION_CLOSED: 'Consultation close',
  ADOPTED: 'Adoptée',
  REJECTED: 'Rejetée',
  SUPERSEDED: 'Remplacée',
};

export const LIFECYCLE_EVENTS = ['OPEN_CONSULTATION', 'WITHDRAW_CONSULTATION', 'CLOSE_CONSULTATION', 'ADOPT', 'ADOPT_AMENDMENT', 'REJECT', 'SUPERSEDE'] as const;
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

export const TRANSITIONS: Record<LifecycleEvent, { from: VersionStatus; to: VersionStatus }> = {
  OPEN_CONSULTATION: { from: 'FROZEN', to: 'IN_CONSULTATION' },
  // Withdrawn while open (reason required): the round stays in history, the version is frozen again.
  WITHDRAW_CONSULTATION: { from: 'IN_CONSULTATION', to: 'FROZEN' },
  CLOSE_CONSULTATION: { from: 'IN_CONSULTATION', to: 'CONSULTATION_CLOSED' },
  ADOPT: { from: 'CONSULTATION_CLOSED', to: 'ADOPTED' },
  // An amending version may be adopted without a new round: it names the closed consultation it answers.
  ADOPT_AMENDMENT: { from: 'FROZEN', to: 'ADOPTED' },
  REJECT: { from: 'CONSULTATION_CLOSED', to: 'REJECTED' },
  // A later version of the same scheme was adopted.
  SUPERSEDE: { from: 'ADOPTED', to: 'SUPERSEDED' },
};

/** What the user tried, completing « Impossible … ». */
const ATTEMPTS: Record<LifecycleEvent, string> = {
  OPEN_CONSULTATION: 'de soumettre cette version à la consultation des communes',
  WITHDRAW_CONSULTATION: 'de retirer la consultation',
  CLOSE_CONSULTATION: 'de clore la consultation',
  ADOPT: 'd’enregistrer l’adoption de cette version',
  ADOPT_AMENDMENT: 'd’adopter cette version sans nouvelle consultation',
  REJECT: 'd’enregistrer le rejet de cette version',
  SUPERSEDE: 'de remplacer cette version',
};

/** Why, completing « : cette version … ». */
const BECAUSE: Record<VersionStatus, string> = {
  FROZEN: "n'a pas été soumise à la consultation des communes",
  IN_CONSULTATION: 'est en consultation : la consultation doit être close d’abord',
  CONSULTATION_CLOSED: 'a déjà fait l’objet d’une consultation, close',
  ADOPTED: 'est adoptée et ne change plus',
  REJECTED: 'a été rejetée par le conseil communautaire',
  SUPERSEDED: 'a été remplacée par une version adoptée depuis',
};

/** The status after `event`, or INVALID_STATE saying why not, in French. */
export function transition(status: VersionStatus, event: LifecycleEvent): VersionStatus {
  const edge = TRANSITIONS[event];
  if (edge.from !== status) {
    throw new DomainError('INVALID_STATE', `Impossible ${ATTEMPTS[event]} : cette version ${BECAUSE[status]}.`, { status, event });
  }
  return edge.to;
}

/** What is recorded about a version, from which its status follows. */
export interface VersionRecords {
  /** Its latest consultation not withdrawn, if any. */
  consultation: 'OPEN' | 'CLOSED' | null;
  decision: 'ADOPTION' | 'REJECTION' | null;
  /** A later version of the same scheme has been adopted since this one was. */
  superseded: boolean;
}

/** A version's status: its records replayed through the transition table. */
export function versionStatusOf(records: VersionRecords): VersionStatus {
  const events: LifecycleEvent[] = [];
  if (records.consultation) events.push('OPEN_CONSULTATION');
  if (records.consultation === 'CLOSED') events.push('CLOSE_CONSULTATION');
  if (records.decision === 'REJECTION') events.push('REJECT');
  if (records.decision === 'ADOPTION') events.push(records.consultation ? 'ADOPT' : 'ADOPT_AMENDMENT');
  if (records.decision === 'ADOPTION' && records.superseded) events.push('SUPERSEDE');
  return events.reduce(transition, 'FROZEN' as VersionStatus);
}
