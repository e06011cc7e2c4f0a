// Small builders for the costing specs: a valid scheme in a line, overridden where a test cares.
import type { Action, CommuneProfile, CostingInput, CostingResult, CostLine } from './types.js';

export function commune(insee: string, name: string, overrides: Partial<CommuneProfile> = {}): CommuneProfile {
  return { insee, name, population: { municipale: 1000, totale: 1000 }, ...overrides };
}

/** An operating cost of `amountCents` every year of `years` (2026 by default). */
export function yearlyCost(amountCents: number, years = { first: 2026, last: 2026 }): CostLine {
  return { kind: 'yearly', label: 'Fonctionnement', nature: 'OPERATING', years, amountCents };
}

/** A shared service joined by every commune given, paid by invoice, split in equal shares. */
export function action(communes: readonly CommuneProfile[], overrides: Partial<Action> = {}): Action {
  return {
    id: 'a1',
    title: 'Service commun',
    kind: 'SHARED_SERVICE',
    participants: communes.map((c) => ({ insee: c.insee, payment: 'INVOICE' })),
    costLines: [yearlyCost(1_000_000)],
    allocation: { kind: 'split', key: { kind: 'equal' } },
    ...overrides,
  };
}

export function scheme(communes: CommuneProfile[], actions: Action[], overrides: Partial<CostingInput> = {}): CostingInput {
  return { mandate: { first: 2026, last: 2026 }, taxRegime: 'FPU', communes, actions, ...overrides };
}

/** Each payer's share of an action in a year, by INSEE code, the EPCI under 'EPCI'. */
export function sharesOf(result: CostingResult, actionId: string, year: number): Record<string, number> {
  const row = result.actions.find((a) => a.actionId === actionId)?.years.find((y) => y.year === year);
  if (!row) throw new Error(`No costing for ${actionId} in ${year}`);
  return Object.fromEntries(row.shares.map((share) => [share.payer.kind === 'EPCI' ? 'EPCI' : share.payer.insee, share.cents]));
}

/** Each payer's explanation of an action in a year, keyed like sharesOf. */
export function explanationsOf(result: CostingResult, actionId: string, year: number): Record<string, string> {
  const row = result.actions.find((a) => a.actionId === actionId)?.years.find((y) => y.year === year);
  if (!row) throw new Error(`No costing for ${actionId} in ${year}`);
  return Object.fromEntries(row.shares.map((share) => [share.payer.kind === 'EPCI' ? 'EPCI' : share.payer.insee, plain(share.explanation)]));
}

/** French typography uses no-break spaces; tests compare with ordinary ones. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
