// The output's records, made by constructors rather than object literals, and its arrays by
// Array.from: V8 may "pretenure" the objects of a literal (allocate them straight in the old
// generation) when most of them outlive a minor GC, as an output being built does. Old records then
// keep the young strings and objects they point to alive, minor GC after minor GC, until the next
// full GC: a recompute then costs two to three times as much, at random. Constructed objects and
// Array.from arrays are never pretenured. They are plain objects all the same (their prototype is
// Object.prototype), with their properties in the same order, so their JSON is unchanged.
import type { Cents } from '../money.js';
import type { ActionCosting, ActionKind, ActionYear, CostingResult, Payer, PaymentMode, Share } from './types.js';

function plain<T extends abstract new (...args: never[]) => object>(constructor: unknown): T {
  (constructor as { prototype: object }).prototype = Object.prototype;
  return constructor as T;
}

export const ShareRecord = plain<new (payer: Payer, cents: Cents, operatingCents: Cents, investmentCents: Cents, payment: PaymentMode | null, explanation: string) => Share>(
  function (this: Share, payer: Payer, cents: Cents, operatingCents: Cents, investmentCents: Cents, payment: PaymentMode | null, explanation: string) {
    this.payer = payer;
    this.cents = cents;
    this.operatingCents = operatingCents;
    this.investmentCents = investmentCents;
    this.payment = payment;
    this.explanation = explanation;
  },
);

export const ActionYearRecord = plain<new (year: number, totalCents: Cents, operatingCents: Cents, investmentCents: Cents, shares: Share[]) => ActionYear>(
  function (this: ActionYear, year: number, totalCents: Cents, operatingCents: Cents, investmentCents: Cents, shares: Share[]) {
    this.year = year;
    this.totalCents = totalCents;
    this.operatingCents = operatingCents;
    this.investmentCents = investmentCents;
    this.shares = shares;
  },
);

export const ActionCostingRecord = plain<new (actionId: string, title: string, kind: ActionKind, years: ActionYear[], totalCents: Cents) => ActionCosting>(
  function (this: ActionCosting, actionId: string, title: string, kind: ActionKind, years: ActionYear[], totalCents: Cents) {
    this.actionId = actionId;
    this.title = title;
    this.kind = kind;
    this.years = years;
    this.totalCents = totalCents;
  },
);

type ResultParts = [CostingResult['mandate'], CostingResult['actions'], CostingResult['communes'], CostingResult['epci'], CostingResult['totals']];

export const CostingResultRecord = plain<new (...parts: ResultParts) => CostingResult>(function (this: CostingResult, ...[mandate, actions, communes, epci, totals]: ResultParts) {
  this.mandate = mandate;
  this.actions = actions;
  this.communes = communes;
  this.epci = epci;
  this.totals = totals;
});
