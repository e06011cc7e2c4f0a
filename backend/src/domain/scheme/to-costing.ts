/**
 * From the scheme as drafted to what the costing engine reads: each kind of action sets its own
 * cost lines and sharing rule where the law or practice fixes them (D5211-16 reimbursement, a
 * group purchase's prices, an OPSN's fees), and the status quo is derived by its rule.
 */
import { computeCosting } from '../costing/engine.js';
import { CostingError, actionScope, failForCommune, withinExactRange } from '../costing/errors.js';
import { formatDecimal, formatEuros, formatRate } from '../costing/explain.js';
import type {
  Action,
  CommuneProfile,
  CostLine,
  CostingResult,
  DecimalInput,
  Participant,
  PriceComponent,
  TaxRegime,
  YearRange,
} from '../costing/types.js';
import { add, mul, parseDecimal, roundHalfUp, type Ratio } from '../money.js';
import type { FeeFormula } from '../opsn/opsn.js';
import { DEFAULT_ACQUISITION_CHARGE, type ActionDetails, type SchemeAction } from './action.js';

/**
 * The costing rules a costing follows; a version records it, so that a version frozen under older
 * rules still reads as it did. 1: a shared asset's acquisition charged at once, a group purchase
 * every year of the action, no receipts. 2: depreciation, one-off or contract-long group
 * purchases, receipts of ascending provisions, ETP derived and checked.
 */
export const COSTING_RULES_VERSION = 2;

export interface SchemeContext {
  mandate: YearRange;
  taxRegime: TaxRegime;
  /** Every member commune with its figures. */
  communes: CommuneProfile[];
}

/** A problem that keeps one action out of the costing until the drafter or the figures fix it;
 * as a warning, something that does not add up but does not stop the costing. */
export interface ActionProblem {
  actionId: string;
  reason: string;
  message: string;
}

const UNITS = '_units';
const lotMetric = (i: number) => `_lot_${i + 1}`;

const ratio = (value: DecimalInput): Ratio => parseDecimal(value) ?? { num: 0n, den: 1n };

/** An exact product of decimals as decimal text (decimal × decimal is always a finite decimal). */
function decimalText(value: Ratio): string {
  const digits = String(value.den).length - 1;
  const text = (value.num < 0n ? -value.num : value.num).toString().padStart(digits + 1, '0');
  const sign = value.num < 0n ? '-' : '';
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const yearly = (label: string, years: YearRange, amountCents: number): CostLine => ({ kind: 'yearly', label, nature: 'OPERATING', years, amountCents });

/** The whole of one year's fee for the EPCI paying for all its participating communes. */
function feeForAll(fee: FeeFormula, members: readonly CommuneProfile[], population: 'municipale' | 'totale' | 'dgf', daysMetric: string | null): number {
  const amount = ratio(fee.amountCents);
  const count = { num: BigInt(members.length), den: 1n };
  switch (fee.kind) {
    case 'PER_INHABITANT': {
      const inhabitants = members.reduce((sum, c) => sum + (c.population[population] ?? c.population.totale), 0);
      return roundHalfUp(mul(amount, { num: BigInt(inhabitants), den: 1n }));
    }
    case 'FLAT_PER_MEMBER':
      return roundHalfUp(mul(amount, count));
    case 'FLAT_EPCI':
      return roundHalfUp(amount);
    case 'BASE_PLUS_PER_DAY': {
      const days = members.reduce((sum, c) => sum + Number(daysMetric ? (c.usage?.[daysMetric] ?? 0) : 0), 0);
      return roundHalfUp(mul(amount, count)) + roundHalfUp(mul(ratio(fee.perDayCents ?? 0), ratio(days)));
    }
  }
}

function feeAsPrice(fee: FeeFormula, population: 'municipale' | 'totale' | 'dgf', daysMetric: string | null, label: string): PriceComponent[] {
  switch (fee.kind) {
    case 'PER_INHABITANT':
      return [{ kind: 'perInhabitant', population, rateCents: fee.amountCents }];
    case 'FLAT_PER_MEMBER':
      return [{ kind: 'flat', amountCents: roundHalfUp(ratio(fee.amountCents)) }];
    case 'BASE_PLUS_PER_DAY':
      return [
        { kind: 'flat', amountCents: roundHalfUp(ratio(fee.amountCents)) },
        ...(daysMetric ? [{ kind: 'perUnit' as const, metric: daysMetric, unitLabel: `jours (${label})`, rateCents: fee.perDayCents ?? 0 }] : []),
      ];
    case 'FLAT_EPCI':
      return [];
  }
}

/** What each participant pays today by the action's status-quo rule, in cents a year. */
function statusQuoOf(action: SchemeAction, participant: SchemeAction['participants'][number], commune: CommuneProfile): number | null {
  const rule = action.statusQuo;
  const scope = actionScope(action);
  switch (rule.kind) {
    case 'ENTERED':
      return participant.statusQuoCents;
    case 'FLAT':
      return rule.amountCents;
    case 'PER_INHABITANT': {
      const inhabitants = commune.population[rule.population];
      if (inhabitants === undefined) failForCommune(scope, commune.name, 'MISSING_FIGURE', 'la population DGF est manquante pour calculer la situation actuelle');
      return roundHalfUp(mul(ratio(rule.rateCents), { num: BigInt(inhabitants), den: 1n }));
    }
    case 'METRIC': {
      const value = commune.usage?.[rule.metric];
      if (value === undefined) failForCommune(scope, commune.name, 'MISSING_FIGURE', `la métrique « ${rule.metric} » est manquante pour calculer la situation actuelle`);
      return roundHalfUp(mul(ratio(rule.unitPriceCents), ratio(value)));
    }
  }
}

/** A shared asset's acquisition: depreciated straight-line (the default), or charged at once. */
function acquisitionLine(details: Extract<ActionDetails, { kind: 'SHARED_ASSET' }>): CostLine {
  const charge = details.acquisitionCharge ?? DEFAULT_ACQUISITION_CHARGE;
  const { acquisitionYear, acquisitionCents: amountCents, depreciationYears } = details;
  if (charge === 'ONE_OFF') return { kind: 'oneOff', label: 'Acquisition', nature: 'INVESTMENT', year: acquisitionYear, amountCents };
  const from = charge === 'DEPRECIATION_FROM_NEXT_YEAR' ? 'NEXT_YEAR' : 'ACQUISITION_YEAR';
  return { kind: 'depreciation', label: 'Acquisition', acquisitionYear, amountCents, depreciationYears, from };
}

/**
 * The years a group purchase is charged: the purchase year of a one-off purchase; for recurring
 * needs, each year of the contract from the action's first year, within the action.
 */
export function groupPurchaseYears(action: SchemeAction): YearRange {
  const details = action.details;
  if (details.kind !== 'GROUP_PURCHASE') return action.years;
  if (details.purchase === 'ONE_OFF') {
    const year = details.purchaseYear ?? action.years.first;
    return { first: year, last: year };
  }
  return { first: action.years.first, last: Math.min(action.years.last, action.years.first + details.contractYears - 1) };
}

/** The engine's view of one action. Throws CostingError when a figure it needs is missing. */
export function toCostingAction(action: SchemeAction, communes: ReadonlyMap<string, CommuneProfile>): Action {
  const details = action.details;
  const members = action.participants.map((p) => communes.get(p.insee)).filter((c): c is CommuneProfile => c !== undefined);
  const participant = (p: SchemeAction['participants'][number], extra: Partial<Participant> = {}): Participant => {
    const commune = communes.get(p.insee);
    const statusQuo = commune ? statusQuoOf(action, p, commune) : null;
    return {
      insee: p.insee,
      payment: p.payment,
      ...(statusQuo !== null ? { statusQuo: { operatingCents: statusQuo } } : {}),
      ...(p.etpTransferred !== null ? { etpTransferred: p.etpTransferred } : {}),
      ...extra,
    };
  };
  const transferred = transferredEtp(action);
  // The ETP the communes transfer go to the EPCI unless the drafter says otherwise.
  const epciEtpGained = action.epciEtpGained ?? (transferred.num > 0n ? decimalText(transferred) : null);
  const base = {
    id: action.id,
    title: action.title,
    kind: action.kind,
    years: action.years,
    ...(epciEtpGained !== null ? { epciEtpGained } : {}),
  };
  const enteredRule = action.allocation ?? { kind: 'split' as const, key: { kind: 'equal' as const } };

  switch (details.kind) {
    case 'SHARED_SERVICE':
    case 'POOLED_DPO':
      return { ...base, participants: action.participants.map((p) => participant(p)), costLines: action.costLines, allocation: enteredRule };
    case 'SHARED_ASSET':
      return {
        ...base,
        participants: action.participants.map((p) => participant(p)),
        costLines: [
          ...(details.acquisitionCents > 0 ? [acquisitionLine(details)] : []),
          ...(details.runningCostCents > 0 ? [yearly('Fonctionnement', action.years, details.runningCostCents)] : []),
          ...action.costLines,
        ],
        allocation: enteredRule,
      };
    case 'SERVICE_PROVISION': {
      const units = (insee: string) => details.forecastUnits[insee] ?? 0;
      if (details.direction === 'DESCENDING') {
        // The communes reimburse the EPCI: unit operating cost × units used (D5211-16).
        return {
          ...base,
          participants: action.participants.map((p) => participant(p, { usage: { [UNITS]: units(p.insee) } })),
          costLines: action.costLines,
          allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: [{ kind: 'perUnit', metric: UNITS, unitLabel: details.unitLabel, rateCents: details.unitCostCents }] },
        };
      }
      // The EPCI reimburses the communes whose services it uses: its cost, their receipt.
      const rate = ratio(details.unitCostCents);
      const receiptOf = (insee: string) => roundHalfUp(mul(rate, ratio(units(insee))));
      const reimbursed = action.participants.reduce((sum, p) => sum + receiptOf(p.insee), 0);
      return {
        ...base,
        participants: action.participants.map((p) => {
          const cents = receiptOf(p.insee);
          const explanation = `${formatDecimal(ratio(units(p.insee)))} ${details.unitLabel} × ${formatRate(rate)} = ${formatEuros(cents)} remboursés par l’intercommunalité`;
          return participant(p, cents > 0 ? { receipt: { cents, explanation } } : {});
        }),
        costLines: [...(reimbursed > 0 ? [yearly(`Remboursement des ${details.unitLabel}`, action.years, reimbursed)] : []), ...action.costLines],
        allocation: { kind: 'split', epciShare: { kind: 'percent', percent: 100 }, key: { kind: 'equal' } },
      };
    }
    case 'GROUP_PURCHASE': {
      // Each member pays its own needs at the grouped price; it would have paid the full price alone.
      const keep = { num: 100n, den: 1n };
      const gain = ratio(details.expectedGainPercent);
      const factor = { num: keep.num * gain.den - gain.num, den: gain.den * 100n };
      const ownNeeds = (insee: string) =>
        details.lots.reduce((sum, lot) => sum + roundHalfUp(mul(ratio(lot.unitPriceCents), ratio(lot.quantities[insee] ?? 0))), 0);
      return {
        ...base,
        years: groupPurchaseYears(action),
        participants: action.participants.map((p) =>
          participant(p, {
            statusQuo: { operatingCents: ownNeeds(p.insee) },
            usage: Object.fromEntries(details.lots.map((lot, i) => [lotMetric(i), lot.quantities[p.insee] ?? 0])),
          }),
        ),
        costLines: action.costLines,
        allocation: {
          kind: 'tariff',
          paidTo: 'PROVIDER',
          price: details.lots.map((lot, i) => ({
            kind: 'perUnit' as const,
            metric: lotMetric(i),
            unitLabel: lot.label,
            rateCents: decimalText(mul(ratio(lot.unitPriceCents), factor)),
          })),
        },
      };
    }
    case 'OPSN_MEMBERSHIP': {
      const { population, daysMetric } = details;
      if (details.payer === 'EPCI') {
        const lines = details.services.map((s) => yearly(`${details.opsnName} — ${s.label ?? s.kind}`, action.years, feeForAll(s.fee, members, population, daysMetric)));
        return {
          ...base,
          participants: action.participants.map((p) => participant(p)),
          costLines: [...lines.filter((l) => l.kind === 'yearly' && l.amountCents > 0), ...action.costLines],
          allocation: { kind: 'split', epciShare: { kind: 'percent', percent: 100 }, key: { kind: 'equal' } },
        };
      }
      const epciFees = details.services.filter((s) => s.fee.kind === 'FLAT_EPCI');
      return {
        ...base,
        participants: action.participants.map((p) => participant(p)),
        costLines: [...epciFees.map((s) => yearly(`${details.opsnName} — ${s.label ?? s.kind}`, action.years, roundHalfUp(ratio(s.fee.amountCents)))), ...action.costLines],
        allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: details.services.flatMap((s) => feeAsPrice(s.fee, population, daysMetric, details.opsnName)) },
      };
    }
  }
}

const transferredEtp = (action: SchemeAction): Ratio =>
  action.participants.reduce((sum, p) => (p.etpTransferred === null ? sum : add(sum, ratio(p.etpTransferred))), { num: 0n, den: 1n });

/** When the ETP the EPCI gains are typed and differ from those the communes transfer, says so:
 * the impact statement must add up, although the EPCI may also recruit. */
export function etpWarning(action: SchemeAction): ActionProblem | null {
  if (action.epciEtpGained === null) return null;
  const transferred = transferredEtp(action);
  const gained = ratio(action.epciEtpGained);
  if (transferred.num === 0n || transferred.num * gained.den === gained.num * transferred.den) return null;
  return {
    actionId: action.id,
    reason: 'ETP_MISMATCH',
    message: `Les communes transfèrent ${formatDecimal(transferred)} ETP mais l’intercommunalité en reçoit ${formatDecimal(gained)}.`,
  };
}

/**
 * Costs a draft: every action that can be costed is; an action held up by a missing figure or an
 * impossible rule is left out and reported, so the rest of the scheme still shows. Warnings are
 * about actions costed all the same.
 */
export function costScheme(
  context: SchemeContext,
  actions: readonly SchemeAction[],
): { result: CostingResult; problems: ActionProblem[]; warnings: ActionProblem[] } {
  const warnings = actions.flatMap((action) => etpWarning(action) ?? []);
  const communes = new Map(context.communes.map((c) => [c.insee, c]));
  const problems: ActionProblem[] = [];
  const report = (error: unknown, actionId: string) => {
    if (!(error instanceof CostingError)) throw error;
    problems.push({ actionId: error.actionId ?? actionId, reason: error.reason, message: error.message });
  };
  let costable: Action[] = actions.flatMap((action) => {
    try {
      return [withinExactRange(actionScope(action), () => toCostingAction(action, communes))];
    } catch (error) {
      report(error, action.id);
      return [];
    }
  });
  for (;;) {
    try {
      return { result: computeCosting({ mandate: context.mandate, taxRegime: context.taxRegime, communes: context.communes, actions: costable }), problems, warnings };
    } catch (error) {
      const failed = error instanceof CostingError ? error.actionId : null;
      if (failed === null || !costable.some((a) => a.id === failed)) throw error;
      report(error, failed);
      costable = costable.filter((a) => a.id !== failed);
    }
  }
}
