/**
 * Which usage metrics (jours de DPO, dossiers ADS…) an action reads, so that a metric cannot be
 * removed from the EPCI while an action still shares or prices by it.
 */
import type { AllocationKey, AllocationRule } from '../costing/types.js';
import type { SchemeAction } from './action.js';
import { rulesOf } from './kinds/index.js';

function keyMetrics(key: AllocationKey): string[] {
  if (key.kind === 'usage') return [key.metric];
  if (key.kind === 'composite') return key.parts.flatMap((part) => keyMetrics(part.key));
  return [];
}

function ruleMetrics(rule: AllocationRule): string[] {
  if (rule.kind === 'tariff') return rule.price.flatMap((price) => (price.kind === 'perUnit' ? [price.metric] : []));
  return keyMetrics(rule.key);
}

export function metricsUsedBy(action: SchemeAction): Set<string> {
  return new Set([
    ...(action.allocation ? ruleMetrics(action.allocation) : []),
    ...(action.statusQuo.kind === 'METRIC' ? [action.statusQuo.metric] : []),
    ...(rulesOf(action.details).metricsUsed?.(action.details) ?? []),
  ]);
}
