// The split rule: the EPCI's share first, then a fixed part per participant, then the rest by the
// key, within floors and ceilings.
import { mul, rankCodes, roundHalfUp, splitInProportion, splitLargestRemainder, type Cents } from './exact.js';
import { fail, failForCommune, type Scope } from '../errors.js';
import { formatEuros, formatPercent } from './explain.js';
import { readCents, type Member } from './figures.js';
import { evaluateKey, readPercent, type EvaluatedKey } from './keys.js';
import type { YearCost } from './lines.js';
import type { AllocateYear, YearAllocation } from './rules.js';
import type { EpciShare, SplitRule } from '../types.js';

type EpciPart = (total: Cents) => { cents: Cents; explanation: string };

/** A participant's bounds on the variable part (its whole share minus the fixed part). */
interface VariableBounds {
  floor: bigint;
  ceiling: bigint | null;
}

type Pin = 'floor' | 'ceiling' | null;

interface BoundedSplit {
  shares: Cents[];
  pins: Pin[];
  /** The members left to the key once the others are pinned, and the amount they share. */
  free: number[];
  freeAmount: Cents;
}

/** What the split needs about the key, prepared once per action for every year. */
interface PreparedKey {
  key: EvaluatedKey;
  bounds: readonly VariableBounds[];
  bounded: boolean;
  /** Members' ranks by INSEE code, to break ties. */
  tieRanks: readonly number[];
  splitAmongAll: (amount: Cents) => Cents[];
  /** « 12 % des postes (48 sur 400) » for each member, among all members. */
  keyShares: readonly string[];
  /** The same among the members the bounds leave free (a set that rarely changes between years). */
  keySharesAmong: (free: readonly number[]) => readonly string[];
}

export function prepareSplit(rule: SplitRule, members: readonly Member[], scope: Scope): AllocateYear {
  const epciPart = readEpciShare(rule.epciShare, scope);
  const fixedPart = rule.fixedPartCents === undefined ? 0 : readCents(rule.fixedPartCents, scope, 'la part fixe par commune');
  if (members.length === 0) return (_year, cost) => borneByEpci(cost);

  const prepared = prepareKey(rule, members, fixedPart, scope);
  const fixedText = fixedPart > 0 ? `Part fixe ${formatEuros(fixedPart)} + ` : '';
  const payerTieRanks = [-1, ...prepared.tieRanks]; // the EPCI first

  return (year, cost) => {
    const total = cost.operating + cost.investment;
    const epci = epciPart(total);
    const variable = total - epci.cents - fixedPart * members.length;
    if (variable < 0) {
      fail(scope, 'FIXED_PART_OVER_COST', `en ${year}, la part fixe (${members.length} × ${formatEuros(fixedPart)}) dépasse le coût à répartir (${formatEuros(total - epci.cents)})`);
    }
    const split = splitWithinBounds(variable, prepared, year, scope);
    const cents = [epci.cents];
    for (const share of split.shares) cents.push(share + fixedPart);
    const explanations = [epci.explanation, ...explainCommuneShares(split, prepared, fixedText, cents)];
    return { totalCents: total, cents, operatingCents: splitOperating(cost.operating, cents, payerTieRanks), explanations };
  };
}

function prepareKey(rule: SplitRule, members: readonly Member[], fixedPart: Cents, scope: Scope): PreparedKey {
  const bounds = readBounds(rule, members, fixedPart, scope);
  const key = evaluateKey(rule.key, members, scope);
  const tieRanks = rankCodes(members.map((m) => m.participant.insee));
  const all = members.map((_, i) => i);
  const describeAmongAll = key.describerAmong(all);
  let lastFree: readonly number[] = all;
  let lastShares: readonly string[] = all.map(describeAmongAll);
  return {
    key,
    bounds,
    bounded: bounds.some((b) => b.floor > 0n || b.ceiling !== null),
    tieRanks,
    splitAmongAll: (amount) => splitLargestRemainder(amount, key.weights, tieRanks),
    keyShares: lastShares,
    keySharesAmong(free) {
      if (free.length !== lastFree.length || free.some((i, k) => i !== lastFree[k])) {
        const describe = key.describerAmong(free);
        lastFree = free;
        const shares = all.map(() => '');
        for (const i of free) shares[i] = describe(i);
        lastShares = shares;
      }
      return lastShares;
    },
  };
}

function readEpciShare(share: EpciShare | undefined, scope: Scope): EpciPart {
  if (share === undefined) return () => ({ cents: 0, explanation: 'Pas de part prise en charge par l’EPCI' });
  if (share.kind === 'percent') {
    const percent = readPercent(share.percent, scope, 'la part de l’EPCI');
    return (total) => ({
      cents: roundHalfUp(mul({ num: BigInt(total), den: 100n }, percent)),
      explanation: `Part de l’EPCI : ${formatPercent(percent)} × ${formatEuros(total)}`,
    });
  }
  const amount = readCents(share.amountCents, scope, 'la part de l’EPCI');
  return (total) =>
    amount <= total
      ? { cents: amount, explanation: `Part de l’EPCI : montant fixé de ${formatEuros(amount)}` }
      : { cents: total, explanation: `Part de l’EPCI : montant fixé de ${formatEuros(amount)}, limité au coût de l’année (${formatEuros(total)})` };
}

function borneByEpci(cost: YearCost): YearAllocation {
  const total = cost.operating + cost.investment;
  return {
    totalCents: total,
    cents: [total],
    operatingCents: [cost.operating],
    explanations: [`Aucune commune participante : l’EPCI porte tout le coût (${formatEuros(total)})`],
  };
}

/** Floors and ceilings apply to the whole yearly share; shifted here onto the variable part. */
function readBounds(rule: SplitRule, members: readonly Member[], fixedPart: Cents, scope: Scope): VariableBounds[] {
  const byCommune = rule.bounds?.byCommune ?? {};
  const participating = new Set(members.map((m) => m.participant.insee));
  for (const insee of Object.keys(byCommune)) {
    if (!participating.has(insee)) fail(scope, 'UNKNOWN_COMMUNE', `un plancher ou un plafond est fixé pour la commune ${insee}, qui ne participe pas à l’action`);
  }
  return members.map((m) => {
    const own = byCommune[m.participant.insee];
    const floorCents = own?.floorCents ?? rule.bounds?.floorCents;
    const ceilingCents = own?.ceilingCents ?? rule.bounds?.ceilingCents;
    const floor = floorCents === undefined ? 0 : readCents(floorCents, scope, `le plancher de la commune ${m.commune.name}`);
    const ceiling = ceilingCents === undefined ? null : readCents(ceilingCents, scope, `le plafond de la commune ${m.commune.name}`);
    if (ceiling !== null && floor > ceiling) {
      failForCommune(scope, m.commune.name, 'FLOOR_ABOVE_CEILING', `le plancher (${formatEuros(floor)}) dépasse le plafond (${formatEuros(ceiling)})`);
    }
    if (ceiling !== null && ceiling < fixedPart) {
      failForCommune(scope, m.commune.name, 'BOUNDS_UNREACHABLE', `le plafond (${formatEuros(ceiling)}) est inférieur à la part fixe (${formatEuros(fixedPart)})`);
    }
    return { floor: BigInt(Math.max(0, floor - fixedPart)), ceiling: ceiling === null ? null : BigInt(ceiling - fixedPart) };
  });
}

/** Bounds bind only in years with something to split: a year without cost costs nobody anything. */
function splitWithinBounds(amount: Cents, prepared: PreparedKey, year: number, scope: Scope): BoundedSplit {
  const { bounds, key } = prepared;
  const all = bounds.map((_, i) => i);
  if (!prepared.bounded || amount === 0) return { shares: prepared.splitAmongAll(amount), pins: bounds.map(() => null), free: all, freeAmount: amount };
  const floors = bounds.reduce((sum, b) => sum + b.floor, 0n);
  const ceilings = bounds.every((b) => b.ceiling !== null) ? bounds.reduce((sum, b) => sum + (b.ceiling ?? 0n), 0n) : null;
  if (floors > BigInt(amount) || (ceilings !== null && ceilings < BigInt(amount))) {
    fail(scope, 'BOUNDS_UNREACHABLE', `en ${year}, les planchers et plafonds ne permettent pas de répartir ${formatEuros(amount)} (planchers : ${formatEuros(floors)}${ceilings === null ? '' : `, plafonds : ${formatEuros(ceilings)}`})`);
  }
  const split = boundedSplit(amount, key.weights, bounds, prepared.tieRanks);
  if (!split) fail(scope, 'BOUNDS_UNREACHABLE', `en ${year}, les plafonds laissent un reste à des communes dont la clé « ${key.label} » est nulle`);
  return split;
}

/**
 * Proportional split where each share stays within its bounds; what a pinned member cannot take
 * (or must take) is redistributed by the same key among the others, until stable. Each round pins
 * the side whose violations weigh more — those members stay pinned in the final answer — so the
 * result is share_i = clamp(λ × weight_i, floor_i, ceiling_i), exactly. Null if the rest falls on
 * members whose weights are all zero.
 */
function boundedSplit(amount: Cents, weights: readonly bigint[], bounds: readonly VariableBounds[], tieRanks: readonly number[]): BoundedSplit | null {
  const pins: Pin[] = weights.map(() => null);
  const pinnedAmount = (i: number): bigint => (pins[i] === 'floor' ? bounds[i].floor : (bounds[i].ceiling ?? 0n));
  for (;;) {
    const free = pins.flatMap((pin, i) => (pin === null ? [i] : []));
    const remaining = BigInt(amount) - pins.reduce((sum, pin, i) => (pin === null ? sum : sum + pinnedAmount(i)), 0n);
    const weightSum = free.reduce((sum, i) => sum + weights[i], 0n);
    if (weightSum === 0n) {
      return remaining === 0n ? { shares: weights.map((_, i) => Number(pins[i] === null ? 0n : pinnedAmount(i))), pins, free, freeAmount: 0 } : null;
    }
    // Compare remaining × weight / weightSum with each bound, without dividing.
    let excess = 0n;
    let shortfall = 0n;
    for (const i of free) {
      const scaledShare = remaining * weights[i];
      const { floor, ceiling } = bounds[i];
      if (ceiling !== null && scaledShare > ceiling * weightSum) excess += scaledShare - ceiling * weightSum;
      if (scaledShare < floor * weightSum) shortfall += floor * weightSum - scaledShare;
    }
    if (excess === 0n && shortfall === 0n) {
      const freeShares = splitLargestRemainder(Number(remaining), free.map((i) => weights[i]), free.map((i) => tieRanks[i]));
      const shares = weights.map((_, i) => Number(pinnedAmount(i)));
      free.forEach((i, k) => (shares[i] = freeShares[k]));
      return { shares, pins, free, freeAmount: Number(remaining) };
    }
    for (const i of free) {
      const scaledShare = remaining * weights[i];
      const { floor, ceiling } = bounds[i];
      if (excess >= shortfall && ceiling !== null && scaledShare > ceiling * weightSum) pins[i] = 'ceiling';
      if (shortfall >= excess && scaledShare < floor * weightSum) pins[i] = 'floor';
    }
  }
}

/** Explanations of the communes' shares (`cents` has the EPCI first). */
function explainCommuneShares(split: BoundedSplit, prepared: PreparedKey, fixedText: string, cents: readonly Cents[]): string[] {
  const everyoneFree = split.free.length === split.pins.length;
  const amountText = `× ${formatEuros(split.freeAmount)}${everyoneFree ? '' : ' (reste après planchers et plafonds)'}`;
  // Members left to the key when they all weigh zero share nothing: no « 0 sur 0 » percentage.
  const freeWeighs = split.free.some((i) => prepared.key.weights[i] > 0n);
  const keyShares = everyoneFree || !freeWeighs ? prepared.keyShares : prepared.keySharesAmong(split.free);
  const nothingLeft = `part selon la clé « ${prepared.key.label} » : rien ne reste à répartir après planchers et plafonds`;
  // Key shares start with their percentage, so no capital is needed.
  return split.pins.map((pin, i) => {
    if (pin !== null) return `${pin === 'floor' ? 'Plancher' : 'Plafond'} de ${formatEuros(cents[i + 1])} appliqué (clé : ${prepared.keyShares[i]})`;
    if (everyoneFree || freeWeighs) return `${fixedText}${keyShares[i]} ${amountText}`;
    return fixedText ? `${fixedText}aucune ${nothingLeft}` : `Aucune ${nothingLeft}`;
  });
}

/** The operating part of each payer's share: the year's operating cost split in proportion to the
 * shares, so operating and investment columns both add up exactly. */
function splitOperating(operating: Cents, shares: Cents[], tieRanks: readonly number[]): Cents[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (operating === total) return shares.slice();
  if (operating === 0) return shares.map(() => 0);
  return splitInProportion(operating, shares, tieRanks);
}
