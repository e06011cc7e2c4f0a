// Reading the figures the engine computes with: amounts, decimals and each participant's profile
// figures, failing with a French message that names what is wrong or missing.
import { isCents, parseDecimal, type Cents, type Ratio } from '../money.js';
import { failForCommune, fail, type Scope } from './errors.js';
import { formatEuros } from './explain.js';
import type { CommuneProfile, DecimalInput, DeviceKind, Participant, PopulationKind } from './types.js';

/** A participant of an action with its commune's profile. */
export interface Member {
  readonly participant: Participant;
  readonly commune: CommuneProfile;
  /** The commune's rank by INSEE code among the EPCI's communes (0 for the lowest code), ranked
   * once per scheme: ties in a split go to the lowest codes. */
  readonly rank: number;
}

/** `what` names the figure in French, e.g. « le montant de la ligne « Licences » ». */
export function readCents(value: Cents, scope: Scope, what: string): Cents {
  if (!isCents(value)) fail(scope, 'INVALID_NUMBER', `valeur invalide pour ${what} : « ${String(value)} » (montant entier en centimes attendu)`);
  if (value < 0) fail(scope, 'NEGATIVE_AMOUNT', `valeur négative pour ${what} (${formatEuros(value)})`);
  return value;
}

export function readDecimal(value: DecimalInput, scope: Scope, what: string): Ratio {
  const parsed = typeof value === 'number' || typeof value === 'string' ? parseDecimal(value) : null;
  if (!parsed) fail(scope, 'INVALID_NUMBER', `valeur invalide pour ${what} : « ${String(value)} » (nombre décimal attendu, par exemple 2.5)`);
  if (parsed.num < 0n) fail(scope, 'NEGATIVE_AMOUNT', `valeur négative pour ${what} (${String(value)})`);
  return parsed;
}

export function readCount(value: number, scope: Scope, what: string): Ratio {
  if (!Number.isSafeInteger(value)) fail(scope, 'INVALID_NUMBER', `valeur invalide pour ${what} : « ${String(value)} » (nombre entier attendu)`);
  if (value < 0) fail(scope, 'NEGATIVE_AMOUNT', `valeur négative pour ${what} (${value})`);
  return { num: BigInt(value), den: 1n };
}

export const POPULATION_LABELS: Record<PopulationKind, string> = {
  municipale: 'population municipale',
  totale: 'population totale',
  dgf: 'population DGF',
};

export const DEVICE_LABELS: Record<DeviceKind, string> = {
  workstations: 'postes',
  phones: 'téléphones',
  tablets: 'tablettes',
};

const DEVICE_FIGURES: Record<DeviceKind, string> = {
  workstations: 'le nombre de postes de travail',
  phones: 'le nombre de téléphones',
  tablets: 'le nombre de tablettes',
};

// The readers below build their French messages only on failure: they run for every member of
// every action.

/** `usedBy` says what needs the figure, e.g. « la clé « postes » ». */
export function populationOf(member: Member, kind: PopulationKind, scope: Scope, usedBy: string): Ratio {
  const value = member.commune.population[kind];
  if (value === undefined || value === null) missing(member, scope, `la ${POPULATION_LABELS[kind]} est manquante pour ${usedBy}`);
  return countOf(value) ?? readCount(value, scope, `la ${POPULATION_LABELS[kind]} de la commune ${member.commune.name}`);
}

export function agentsOf(member: Member, scope: Scope, usedBy: string): Ratio {
  const value = member.commune.agentsEtp;
  if (value === undefined || value === null) missing(member, scope, `le nombre d’agents (ETP) est manquant pour ${usedBy}`);
  return decimalOf(value) ?? readDecimal(value, scope, `le nombre d’agents (ETP) de la commune ${member.commune.name}`);
}

export function devicesOf(member: Member, kinds: readonly DeviceKind[], scope: Scope, usedBy: string): Ratio {
  let count = 0;
  for (const kind of kinds) {
    const value = member.commune.devices?.[kind];
    if (value === undefined || value === null) missing(member, scope, `${DEVICE_FIGURES[kind]} est manquant pour ${usedBy}`);
    if (!Number.isSafeInteger(value) || value < 0) readCount(value, scope, `${DEVICE_FIGURES[kind]} de la commune ${member.commune.name}`); // throws
    count += value;
  }
  // Counts add up exactly in doubles while their sum stays a safe integer (an inexact sum is not one).
  return { num: Number.isSafeInteger(count) ? BigInt(count) : devicesOfBig(member, kinds), den: 1n };
}

function devicesOfBig(member: Member, kinds: readonly DeviceKind[]): bigint {
  let count = 0n;
  for (const kind of kinds) count += BigInt(member.commune.devices![kind]!);
  return count;
}

export function potentielFinancierOf(member: Member, scope: Scope, usedBy: string): Ratio {
  const value = member.commune.potentielFinancierCents;
  if (value === undefined || value === null) missing(member, scope, `le potentiel financier est manquant pour ${usedBy}`);
  const cents = isCents(value) && value >= 0 ? value : readCents(value, scope, `le potentiel financier de la commune ${member.commune.name}`);
  return { num: BigInt(cents), den: 1n };
}

/** The participant's own figure for this action first (forecast units), then the profile's. */
export function metricOf(member: Member, metric: string, unitLabel: string, scope: Scope, usedBy: string): Ratio {
  const value = member.participant.usage?.[metric] ?? member.commune.usage?.[metric];
  if (value === undefined || value === null) missing(member, scope, `la valeur « ${unitLabel} » est manquante pour ${usedBy}`);
  return decimalOf(value) ?? readDecimal(value, scope, `« ${unitLabel} » de la commune ${member.commune.name}`);
}

/** What readCount returns, without a message to build: null when readCount would fail. */
function countOf(value: number): Ratio | null {
  return Number.isSafeInteger(value) && value >= 0 ? { num: BigInt(value), den: 1n } : null;
}

/** What readDecimal returns, without a message to build: null when readDecimal would fail. */
export function decimalOf(value: DecimalInput): Ratio | null {
  const parsed = typeof value === 'number' || typeof value === 'string' ? parseDecimal(value) : null;
  return parsed && parsed.num >= 0n ? parsed : null;
}

function missing(member: Member, scope: Scope, detail: string): never {
  return failForCommune(scope, member.commune.name, 'MISSING_FIGURE', detail);
}
