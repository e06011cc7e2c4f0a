// Allocation keys (clés de répartition): each turns the participants' figures into exact integer
// weights, and says in French what a participant's weight stands for.
import { add, type Ratio } from '../money.js';
import { fail, failForCommune, type Scope } from './errors.js';
import { formatDecimal, formatEuros, formatPercent, formatShare } from './explain.js';
import {
  agentsOf,
  DEVICE_LABELS,
  devicesOf,
  metricOf,
  POPULATION_LABELS,
  populationOf,
  potentielFinancierOf,
  readDecimal,
  type Member,
} from './figures.js';
import type { AllocationKey, DecimalInput } from './types.js';

export interface EvaluatedKey {
  /** Short name, used in error messages: « postes », « population municipale ». */
  readonly label: string;
  /** One exact weight per member, in member order; not all zero. */
  readonly weights: readonly bigint[];
  /** Describes a member's share of the key among the members `among` (indices), e.g.
   * « 12 % des postes (48 sur 400) ». */
  describerAmong(among: readonly number[]): (index: number) => string;
}

/** Evaluates a key over the members (at least one). */
export function evaluateKey(key: AllocationKey, members: readonly Member[], scope: Scope): EvaluatedKey {
  switch (key.kind) {
    case 'equal':
      return figureKey('parts égales', 'en parts égales', members.map(() => ({ num: 1n, den: 1n })), formatDecimal, scope);
    case 'population': {
      const label = POPULATION_LABELS[key.population];
      const used = usedBy(label);
      const figures = members.map((m) => populationOf(m, key.population, scope, used));
      return figureKey(label, `de la ${label}`, figures, formatDecimal, scope);
    }
    case 'agents': {
      const label = 'agents (ETP)';
      const used = usedBy(label);
      return figureKey(label, 'des agents (ETP)', members.map((m) => agentsOf(m, scope, used)), formatDecimal, scope);
    }
    case 'devices': {
      if (key.devices.length === 0) fail(scope, 'MISSING_FIGURE', 'la clé par équipements ne précise aucun type d’équipement');
      const label = key.devices.map((kind) => DEVICE_LABELS[kind]).join(' + ');
      const used = usedBy(label);
      const figures = members.map((m) => devicesOf(m, key.devices, scope, used));
      return figureKey(label, `des ${label}`, figures, formatDecimal, scope);
    }
    case 'percentages':
      return percentagesKey(key.percents, members, scope);
    case 'usage': {
      const used = usedBy(key.unitLabel);
      const figures = members.map((m) => metricOf(m, key.metric, key.unitLabel, scope, used));
      return figureKey(key.unitLabel, `des ${key.unitLabel}`, figures, formatDecimal, scope);
    }
    case 'potentielFinancier': {
      const label = 'potentiel financier';
      const used = usedBy(label);
      const figures = members.map((m) => potentielFinancierOf(m, scope, used));
      return figureKey(label, 'du potentiel financier', figures, (cents) => formatEuros(cents.num), scope);
    }
    case 'composite':
      return compositeKey(key.parts, members, scope);
  }
}

function usedBy(label: string): string {
  return `la clé « ${label} »`;
}

/** A key proportional to one figure per member (population, devices…). */
function figureKey(
  label: string,
  ofWhat: string,
  figures: readonly Ratio[],
  formatFigure: (figure: Ratio) => string,
  scope: Scope,
): EvaluatedKey {
  let den = 1n;
  for (const figure of figures) if (figure.den !== 1n) den = lcm(den, figure.den);
  const weights = den === 1n ? figures.map((figure) => figure.num) : figures.map((figure) => figure.num * (den / figure.den));
  if (weights.every((weight) => weight === 0n)) {
    fail(scope, 'ZERO_WEIGHTS', `toutes les valeurs de la clé « ${label} » sont nulles pour les communes participantes, le coût ne peut pas être réparti`);
  }
  const middle = ` ${ofWhat} (`;
  // The same sums in doubles when the weights' total is a safe integer (the common case).
  const numberWeights = inDoubles(weights);
  return {
    label,
    weights,
    describerAmong(among) {
      if (numberWeights) {
        let total = 0;
        for (const i of among) total += numberWeights[i];
        const ofTotal = ` sur ${formatFigure({ num: BigInt(total), den })})`;
        return (index) => formatShare(numberWeights[index], total) + middle + formatFigure(figures[index]) + ofTotal;
      }
      const total = sumOf(weights, among);
      const ofTotal = ` sur ${formatFigure({ num: total, den })})`;
      return (index) => formatShare(weights[index], total) + middle + formatFigure(figures[index]) + ofTotal;
    },
  };
}

function percentagesKey(percents: Record<string, DecimalInput>, members: readonly Member[], scope: Scope): EvaluatedKey {
  const label = 'pourcentages fixés';
  const participating = new Set(members.map((m) => m.participant.insee));
  for (const insee of Object.keys(percents)) {
    if (!participating.has(insee)) fail(scope, 'UNKNOWN_COMMUNE', `un pourcentage est fixé pour la commune ${insee}, qui ne participe pas à l’action`);
  }
  const figures = members.map((m) => {
    const value = percents[m.participant.insee];
    if (value === undefined) failForCommune(scope, m.commune.name, 'MISSING_FIGURE', `le pourcentage est manquant pour ${usedBy(label)}`);
    return readDecimal(value, scope, `le pourcentage de la commune ${m.commune.name}`);
  });
  requireHundred(figures, scope, 'les pourcentages fixés');
  return figureKey(label, 'selon la répartition fixée par convention', figures, formatPercent, scope);
}

/** Weighted keys: weight_i = Σ percent_p × weight_pi / total_p, on one common denominator. */
function compositeKey(parts: readonly { percent: DecimalInput; key: AllocationKey }[], members: readonly Member[], scope: Scope): EvaluatedKey {
  const percents = parts.map((part) => readDecimal(part.percent, scope, 'la pondération d’une clé composite'));
  requireHundred(percents, scope, 'les pondérations de la clé composite');
  const keys = parts.map((part) => evaluateKey(part.key, members, scope));
  const all = members.map((_, i) => i);
  const partDens = keys.map((key, p) => percents[p].den * sumOf(key.weights, all));
  const den = partDens.reduce((product, partDen) => product * partDen, 1n);
  const factors = partDens.map((partDen, p) => percents[p].num * (den / partDen));
  const common = members.map((_, i) => keys.reduce((weight, key, p) => weight + factors[p] * key.weights[i], 0n));
  // The same ratios in the smallest integers: the common denominator is a product of totals, and
  // once reduced a two-part key's weights usually let its splits run in doubles.
  const divisor = common.reduce(gcd, 0n);
  const weights = divisor > 1n ? common.map((weight) => weight / divisor) : common;
  const label = keys.map((key, p) => `${formatPercent(percents[p])} ${key.label}`).join(' + ');
  return {
    label,
    weights,
    describerAmong(among) {
      const total = sumOf(weights, among);
      const parts = keys.map((key, p) => ({ percent: `${formatPercent(percents[p])} × `, describe: key.describerAmong(all) }));
      return (index) => {
        let terms = parts[0].percent + parts[0].describe(index);
        for (let p = 1; p < parts.length; p++) terms = terms + ' + ' + parts[p].percent + parts[p].describe(index);
        return `${formatShare(weights[index], total)} selon la clé composite (${terms})`;
      };
    },
  };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The weights as doubles when each and their sum are safe integers (sums over them are exact). */
function inDoubles(weights: readonly bigint[]): number[] | null {
  const numbers: number[] = [];
  let sum = 0;
  for (const weight of weights) {
    if (weight > MAX_SAFE) return null;
    const number = Number(weight);
    numbers.push(number);
    sum += number;
  }
  // A sum beyond 2^53 − 1 is not a safe integer once rounded either.
  return Number.isSafeInteger(sum) ? numbers : null;
}

function requireHundred(percents: readonly Ratio[], scope: Scope, what: string): void {
  const sum = percents.reduce(add, { num: 0n, den: 1n });
  if (sum.num !== 100n * sum.den) fail(scope, 'PERCENTAGES_NOT_100', `${what} totalisent ${formatPercent(sum)} au lieu de 100 %`);
}

function sumOf(weights: readonly bigint[], among: readonly number[]): bigint {
  let sum = 0n;
  for (const i of among) sum += weights[i];
  return sum;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Exact percent given as a decimal, for callers outside keys (EPCI share). */
export function readPercent(value: DecimalInput, scope: Scope, what: string): Ratio {
  const percent = readDecimal(value, scope, what);
  if (percent.num > 100n * percent.den) fail(scope, 'PERCENT_OVER_100', `${what} dépasse 100 % (${formatPercent(percent)})`);
  return percent;
}
