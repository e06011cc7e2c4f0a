// Allocation rules: a split shares out the action's cost; a tariff prices each participant.
import type { Cents } from './exact.js';
import type { Scope } from '../errors.js';
import type { Member } from './figures.js';
import type { YearCost } from './lines.js';
import { prepareSplit } from './split.js';
import { prepareTariff } from './tariffs.js';
import type { AllocationRule, YearRange } from '../types.js';

/** What each payer bears in one year. Index 0 is the EPCI, then one entry per member. */
export interface YearAllocation {
  totalCents: Cents;
  cents: Cents[];
  operatingCents: Cents[];
  explanations: string[];
}

export type AllocateYear = (year: number, cost: YearCost) => YearAllocation;

export function prepareRule(rule: AllocationRule, members: readonly Member[], years: YearRange, scope: Scope): AllocateYear {
  return rule.kind === 'split' ? prepareSplit(rule, members, scope) : prepareTariff(rule, members, years, scope);
}
