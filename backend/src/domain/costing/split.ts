// The split rule: the EPCI's share first, then a fixed part per participant, then the rest by the
// key, within floors and ceilings.
import {
  divideHalfUpNumber,
  mul,
  largestRemainderSplitter,
  orderOf,
  roundHalfUp,
  splitInProportion,
  type Cents,
  type Ratio,
  type TieOrder,
} from '../money.js';
import { fail, failForCommune, type Scope } from './errors.js';
import { formatEuros, formatPercent } from './explain.js';
import { readCents, type Member } from './figures.js';
import { evaluateKey, readPercent, type EvaluatedKey } from './keys.js';
import type { YearCost } from './lines.js';
import type { AllocateYear, YearAllocation } from './rules.js';
import type { EpciShare, SplitRule } from './types.js';

/** Writes the EPCI's share of a year's total into index 0 of `into`; returns it. */
type EpciPart = (total: Cents, into: YearAllocation) => Cents;

/** A participant's bounds on the variable part (its whole share minus the fixed part). */
interface VariableBounds {
  floor: bigint;
  ceiling: bigint | null;
}

type Pin = 'floor' | 'ceiling' | null;

interface BoundedSplit {
  shares: Cents[];
  /** Null when every member is left to the key (no bound binds). */
  pins: Pin[] | null;
  /** The members left to the key once the others are pinned, and the amount they share. */
  free: number[];
  freeAmount: Cents;
  /** False when the members left to the key all weigh zero (they share nothing). */
  freeWeighs: boolean;
}

/** What the split needs about the key, prepared once per action for every year. */
interface PreparedKey {
  key: EvaluatedKey;
  bounds: readonly VariableBounds[];
  bounded: boolean;
  /** Sum of the floors, and of the ceilings when everyone has one, for the feasibility check. */
  floors: bigint;
  ceilings: bigint | null;
  /** The members by INSEE code, to break ties. */
  order: TieOrder;
  splitAmongAll: (amount: Cents) => Cents[];
  /** « 12 % des postes (48 sur 400) » for each member, among all members. */
  keyShares: readonly string[];
  /** The same among the members the bounds leave free (a set that rarely changes between years). */
  keySharesAmong: (free: readonly number[]) => readonly string[];
}

export function prepareSplit(rule: SplitRule, members: readonly Member[], scope: Scope): AllocateYear {
  const epciPart = readEpciShare(rule.epciShare, scope);
  const fixedPart = rule.fixedPartCents === undefined ? 0 : readCents(rule.fixedPartCents, scope, 'la part fixe par commune');
  if (members.length === 0) return (_year, cost, into) => borneByEpci(cost, into);

  const prepared = prepareKey(rule, members, fixedPart, scope);
  const n = members.length;
  const fixedText = fixedPart > 0 ? `Part fixe ${formatEuros(fixedPart)} + ` : '';
  const payerOrder = orderOf([0, ...prepared.order.memberAt.map((i) => i + 1)]); // the EPCI first
  const texts = new ShareTexts(prepared, fixedText, fixedPart);

  return (year, cost, into) => {
    const total = cost.operating + cost.investment;
    const epciCents = epciPart(total, into);
    const variable = total - epciCents - fixedPart * n;
    if (variable < 0) {
      fail(scope, 'FIXED_PART_OVER_COST', `en ${year}, la part fixe (${n} × ${formatEuros(fixedPart)}) dépasse le coût à répartir (${formatEuros(total - epciCents)})`);
    }
    const split = splitWithinBounds(variable, prepared, year, scope);
    const { cents } = into;
    into.totalCents = total;
    for (let i = 0; i < n; i++) cents[i + 1] = split.shares[i] + fixedPart;
    texts.explain(split, into.explanations);
    splitOperating(cost.operating, total, into, payerOrder);
  };
}

function prepareKey(rule: SplitRule, members: readonly Member[], fixedPart: Cents, scope: Scope): PreparedKey {
  const bounds = readBounds(rule, members, fixedPart, scope);
  const key = evaluateKey(rule.key, members, scope);
  const order = orderOf(byCode(members));
  const all = members.map((_, i) => i);
  const describeAmongAll = key.describerAmong(all);
  let lastFree: readonly number[] = all;
  let lastShares: readonly string[] = all.map(describeAmongAll);
  const bounded = bounds.some((b) => b.floor > 0n || b.ceiling !== null);
  let floors = 0n;
  let ceilings: bigint | null = 0n;
  for (const b of bounds) {
    floors += b.floor;
    ceilings = ceilings === null || b.ceiling === null ? null : ceilings + b.ceiling;
  }
  return {
    key,
    bounds,
    bounded,
    floors,
    ceilings,
    order,
    splitAmongAll: largestRemainderSplitter(key.weights, order),
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

/** The members' indices in ascending INSEE code: placed by their ranks in the scheme, no sort. */
function byCode(members: readonly Member[]): number[] {
  let slotCount = 0;
  for (const m of members) if (m.rank >= slotCount) slotCount = m.rank + 1;
  const slots = new Array<number>(slotCount).fill(-1);
  members.forEach((m, i) => (slots[m.rank] = i));
  return slots.filter((i) => i >= 0);
}

function readEpciShare(share: EpciShare | undefined, scope: Scope): EpciPart {
  if (share === undefined) {
    return (_total, into) => {
      into.cents[0] = 0;
      into.explanations[0] = 'Pas de part prise en charge par l’EPCI';
      return 0;
    };
  }
  if (share.kind === 'percent') {
    const percent = readPercent(share.percent, scope, 'la part de l’EPCI');
    const text = `Part de l’EPCI : ${formatPercent(percent)} × `;
    const epciCents = percentOf(percent);
    return (total, into) => {
      const cents = epciCents(total);
      into.cents[0] = cents;
      into.explanations[0] = text + formatEuros(total);
      return cents;
    };
  }
  const amount = readCents(share.amountCents, scope, 'la part de l’EPCI');
  const fixedText = `Part de l’EPCI : montant fixé de ${formatEuros(amount)}`;
  return (total, into) => {
    const cents = amount <= total ? amount : total;
    into.cents[0] = cents;
    into.explanations[0] = amount <= total ? fixedText : `${fixedText}, limité au coût de l’année (${formatEuros(total)})`;
    return cents;
  };
}

/** total × percent / 100, half-up; in doubles when every step is exact there. */
function percentOf(percent: Ratio): (total: Cents) => Cents {
  const limit = 2n ** 50n;
  if (percent.num > limit || 100n * percent.den > limit) return (total) => roundHalfUp(mul({ num: BigInt(total), den: 100n }, percent));
  const num = Number(percent.num);
  const den = 100 * Number(percent.den);
  const safeTotal = num === 0 ? Infinity : 2 ** 50 / num;
  return (total) => (total >= 0 && total <= safeTotal ? divideHalfUpNumber(total * num, den) : roundHalfUp(mul({ num: BigInt(total), den: 100n }, percent)));
}

function borneByEpci(cost: YearCost, into: YearAllocation): void {
  const total = cost.operating + cost.investment;
  into.totalCents = total;
  into.cents[0] = total;
  into.operatingCents[0] = cost.operating;
  into.explanations[0] = `Aucune commune participante : l’EPCI porte tout le coût (${formatEuros(total)})`;
}

/** Floors and ceilings apply to the whole yearly share; shifted here onto the variable part. */
function readBounds(rule: SplitRule, members: readonly Member[], fixedPart: Cents, scope: Scope): VariableBounds[] {
  if (rule.bounds === undefined) return members.map(() => NO_BOUNDS);
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

const NO_BOUNDS: VariableBounds = { floor: 0n, ceiling: null };

/** Bounds bind only in years with something to split: a year without cost costs nobody anything. */
function splitWithinBounds(amount: Cents, prepared: PreparedKey, year: number, scope: Scope): BoundedSplit {
  const { bounds, key } = prepared;
  if (!prepared.bounded || amount === 0) return { shares: prepared.splitAmongAll(amount), pins: null, free: [], freeAmount: amount, freeWeighs: true };
  const { floors, ceilings } = prepared;
  const bigAmount = BigInt(amount);
  if (floors > bigAmount || (ceilings !== null && ceilings < bigAmount)) {
    fail(scope, 'BOUNDS_UNREACHABLE', `en ${year}, les planchers et plafonds ne permettent pas de répartir ${formatEuros(amount)} (planchers : ${formatEuros(floors)}${ceilings === null ? '' : `, plafonds : ${formatEuros(ceilings)}`})`);
  }
  const split = boundedSplit(amount, key.weights, bounds, prepared);
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
function boundedSplit(amount: Cents, weights: readonly bigint[], bounds: readonly VariableBounds[], prepared: PreparedKey): BoundedSplit | null {
  const n = weights.length;
  const pins: Pin[] = new Array<Pin>(n).fill(null);
  const pinnedAmount = (i: number): bigint => (pins[i] === 'floor' ? bounds[i].floor : (bounds[i].ceiling ?? 0n));
  // remaining × weight / weightSum compared with each bound, without dividing: above the ceiling
  // by `over`, below the floor by `under` (both scaled by weightSum).
  const over = new Array<bigint>(n).fill(0n);
  const under = new Array<bigint>(n).fill(0n);
  for (;;) {
    let remaining = BigInt(amount);
    let weightSum = 0n;
    for (let i = 0; i < n; i++) {
      if (pins[i] === null) weightSum += weights[i];
      else remaining -= pinnedAmount(i);
    }
    const free = freeMembers(pins);
    if (weightSum === 0n) {
      return remaining === 0n ? { shares: weights.map((_, i) => Number(pins[i] === null ? 0n : pinnedAmount(i))), pins, free, freeAmount: 0, freeWeighs: false } : null;
    }
    let excess = 0n;
    let shortfall = 0n;
    for (const i of free) {
      const scaledShare = remaining * weights[i];
      const { floor, ceiling } = bounds[i];
      over[i] = ceiling === null ? 0n : scaledShare - ceiling * weightSum;
      under[i] = floor * weightSum - scaledShare;
      if (over[i] > 0n) excess += over[i];
      if (under[i] > 0n) shortfall += under[i];
    }
    if (excess === 0n && shortfall === 0n) {
      // Nobody pinned (the common year): the splitter prepared for all members does it.
      if (free.length === n) return { shares: prepared.splitAmongAll(amount), pins, free, freeAmount: amount, freeWeighs: true };
      const freeShares = largestRemainderSplitter(
        free.map((i) => weights[i]),
        subsetOrder(prepared.order, pins),
      )(Number(remaining));
      const shares = weights.map((_, i) => (pins[i] === null ? 0 : Number(pinnedAmount(i))));
      free.forEach((i, k) => (shares[i] = freeShares[k]));
      return { shares, pins, free, freeAmount: Number(remaining), freeWeighs: true };
    }
    for (const i of free) {
      if (excess >= shortfall && over[i] > 0n) pins[i] = 'ceiling';
      if (shortfall >= excess && under[i] > 0n) pins[i] = 'floor';
    }
  }
}

function freeMembers(pins: readonly Pin[]): number[] {
  const free: number[] = [];
  for (let i = 0; i < pins.length; i++) if (pins[i] === null) free.push(i);
  return free;
}

/** The tie order among the free members (numbered 0…k−1 in member order), from the whole order. */
function subsetOrder(order: TieOrder, pins: readonly Pin[]): TieOrder {
  const indexInFree = new Array<number>(pins.length).fill(0);
  let count = 0;
  for (let i = 0; i < pins.length; i++) if (pins[i] === null) indexInFree[i] = count++;
  const position = new Array<number>(count).fill(0);
  const memberAt = new Array<number>(count).fill(0);
  let p = 0;
  for (const member of order.memberAt) {
    if (pins[member] !== null) continue;
    memberAt[p] = indexInFree[member];
    position[indexInFree[member]] = p;
    p++;
  }
  return { position, memberAt };
}

/** The communes' explanations, with what does not change from year to year prepared once. */
class ShareTexts {
  /** « Part fixe … + 12 % des postes (48 sur 400) » and a space, per member, among all. */
  private readonly amongAll: readonly string[];
  /** « Plancher de 500,00 € appliqué (clé : …) », per member, made when first needed. */
  private readonly atFloor: (string | undefined)[];
  private readonly atCeiling: (string | undefined)[];
  private nothingLeft: string | undefined;

  constructor(
    private readonly prepared: PreparedKey,
    private readonly fixedText: string,
    private readonly fixedPart: Cents,
  ) {
    this.amongAll = prepared.keyShares.map((text) => `${fixedText}${text} `);
    this.atFloor = prepared.keyShares.map(() => undefined);
    this.atCeiling = prepared.keyShares.map(() => undefined);
  }

  /** Writes the communes' explanations into `explanations` (the EPCI at 0). */
  explain(split: BoundedSplit, explanations: string[]): void {
    const { pins } = split;
    if (pins === null) {
      const amountText = `× ${formatEuros(split.freeAmount)}`;
      for (let i = 0; i < this.amongAll.length; i++) explanations[i + 1] = this.amongAll[i] + amountText;
      return;
    }
    const everyoneFree = split.free.length === pins.length;
    const amountText = `× ${formatEuros(split.freeAmount)}${everyoneFree ? '' : ' (reste après planchers et plafonds)'}`;
    // Members left to the key when they all weigh zero share nothing: no « 0 sur 0 » percentage.
    const keyShares = everyoneFree || !split.freeWeighs ? this.prepared.keyShares : this.prepared.keySharesAmong(split.free);
    for (let i = 0; i < pins.length; i++) {
      const pin = pins[i];
      if (pin === null) {
        explanations[i + 1] = everyoneFree ? this.amongAll[i] + amountText : split.freeWeighs ? `${this.fixedText}${keyShares[i]} ${amountText}` : this.nothingLeftText();
      } else {
        explanations[i + 1] = this.pinned(pin, i, split.shares[i] + this.fixedPart);
      }
    }
  }

  /** A pinned share is the bound itself, so its text is the same every year. */
  private pinned(pin: 'floor' | 'ceiling', i: number, cents: Cents): string {
    const texts = pin === 'floor' ? this.atFloor : this.atCeiling;
    return (texts[i] ??= `${pin === 'floor' ? 'Plancher' : 'Plafond'} de ${formatEuros(cents)} appliqué (clé : ${this.prepared.keyShares[i]})`);
  }

  private nothingLeftText(): string {
    const text = `part selon la clé « ${this.prepared.key.label} » : rien ne reste à répartir après planchers et plafonds`;
    return (this.nothingLeft ??= this.fixedText ? `${this.fixedText}aucune ${text}` : `Aucune ${text}`);
  }
}

/** The operating part of each payer's share: the year's operating cost split in proportion to the
 * shares, so operating and investment columns both add up exactly. */
function splitOperating(operating: Cents, total: Cents, into: YearAllocation, order: TieOrder): void {
  const { cents } = into;
  if (operating === total) {
    const operatingCents = into.operatingCents;
    for (let p = 0; p < cents.length; p++) operatingCents[p] = cents[p];
  } else if (operating === 0) {
    into.operatingCents.fill(0);
  } else {
    into.operatingCents = splitInProportion(operating, cents, order);
  }
}
