// The reference costing engine: the same rules and output as ../engine.ts, written plainly (exact
// BigInt arithmetic, fresh objects, no caches) so that it can be read and trusted. The property
// tests compare the fast engine with it; nothing else calls it.
import { summarise, type CostedAction } from './aggregate.js';
import { actionScope, fail, failForCommune, failOutOfRange, SCHEME_SCOPE, withinExactRange, type Scope } from '../errors.js';
import { readCents, readCount, readDecimal, type Member } from './figures.js';
import { checkRange, checkYears, prepareLineNotes, prepareLines, type Period } from './lines.js';
import { prepareRule } from './rules.js';
import type { Action, ActionYear, CommuneProfile, CostingInput, CostingResult, Payer, Share } from '../types.js';

interface Scheme {
  input: CostingInput;
  mandate: Period;
  communes: ReadonlyMap<string, CommuneProfile>;
}

const EPCI_PAYER: Payer = { kind: 'EPCI' };
const ZERO = { num: 0n, den: 1n };

/** Costs the whole scheme. Throws CostingError on impossible input. */
export function computeCosting(input: CostingInput): CostingResult {
  const scheme = prepareScheme(input);
  return summarise(input, input.actions.map((action) => costAction(action, scheme)));
}

function prepareScheme(input: CostingInput): Scheme {
  const years = checkRange(input.mandate, SCHEME_SCOPE, 'la période du mandat');
  const communes = new Map<string, CommuneProfile>();
  for (const commune of input.communes) {
    if (communes.has(commune.insee)) fail(SCHEME_SCOPE, 'DUPLICATE', `la commune ${commune.insee} figure deux fois parmi les communes membres`);
    // Every report uses the populations (cost per inhabitant), so they are checked up front.
    readCount(commune.population.municipale, SCHEME_SCOPE, `la population municipale de la commune ${commune.name}`);
    readCount(commune.population.totale, SCHEME_SCOPE, `la population totale de la commune ${commune.name}`);
    communes.set(commune.insee, commune);
  }
  const actionIds = new Set<string>();
  for (const action of input.actions) {
    if (actionIds.has(action.id)) fail(SCHEME_SCOPE, 'DUPLICATE', `l’identifiant d’action « ${action.id} » est utilisé deux fois`);
    actionIds.add(action.id);
  }
  return { input, mandate: { years, of: 'du mandat', reason: 'YEAR_OUTSIDE_MANDATE' }, communes };
}

function costAction(action: Action, scheme: Scheme): CostedAction {
  const scope = actionScope(action);
  return withinExactRange(scope, () => costActionIn(action, scheme, scope));
}

function costActionIn(action: Action, scheme: Scheme, scope: Scope): CostedAction {
  const years = action.years ? checkYears(action.years, scheme.mandate, scope, 'l’action') : scheme.mandate.years;
  const members = resolveMembers(action, scheme, scope);
  const period: Period = { years, of: 'de l’action', reason: 'YEAR_OUTSIDE_ACTION' };
  const costIn = prepareLines(action.costLines, period, scope);
  const notesIn = prepareLineNotes(action.costLines, period, scope);
  const allocate = prepareRule(action.allocation, members, years, scope);
  const payers: Payer[] = [EPCI_PAYER, ...members.map((m): Payer => ({ kind: 'COMMUNE', insee: m.participant.insee }))];
  /** Said after a share's explanation: what the commune receives, then the year's depreciation. */
  const receiptOf = (p: number): string => {
    const receipt = p === 0 ? undefined : members[p - 1].participant.receipt;
    return receipt && receipt.cents > 0 ? ` ; recette : ${receipt.explanation}` : '';
  };

  const rows: ActionYear[] = [];
  for (let year = years.first; year <= years.last; year++) {
    const cost = costIn(year);
    const allocation = allocate(year, cost);
    const note = notesIn?.(year);
    const shares = allocation.cents.map(
      (cents, p): Share => ({
        payer: payers[p],
        cents,
        operatingCents: allocation.operatingCents[p],
        investmentCents: cents - allocation.operatingCents[p],
        payment: p === 0 ? null : members[p - 1].participant.payment,
        explanation: allocation.explanations[p] + receiptOf(p) + (note ? ` — ${note}` : ''),
      }),
    );
    const operating = allocation.operatingCents.reduce((sum, cents) => sum + cents, 0);
    rows.push({ year, totalCents: allocation.totalCents, operatingCents: operating, investmentCents: allocation.totalCents - operating, shares });
  }

  const totalCents = rows.reduce((sum, row) => sum + row.totalCents, 0);
  if (!Number.isSafeInteger(totalCents)) failOutOfRange(scope);
  return {
    costing: { actionId: action.id, title: action.title, kind: action.kind, years: rows, totalCents },
    years,
    epciEtpGained: action.epciEtpGained === undefined ? ZERO : readDecimal(action.epciEtpGained, scope, 'les ETP gagnés par l’EPCI'),
    members: members.map((m) => ({
      insee: m.participant.insee,
      statusQuoOperating: readCents(m.participant.statusQuo?.operatingCents ?? 0, scope, `le statu quo de fonctionnement de la commune ${m.commune.name}`),
      statusQuoInvestment: readCents(m.participant.statusQuo?.investmentCents ?? 0, scope, `le statu quo d’investissement de la commune ${m.commune.name}`),
      etpTransferred: m.participant.etpTransferred === undefined ? ZERO : readDecimal(m.participant.etpTransferred, scope, `les ETP transférés par la commune ${m.commune.name}`),
      receipt: readCents(m.participant.receipt?.cents ?? 0, scope, `la recette de la commune ${m.commune.name}`),
    })),
  };
}

function resolveMembers(action: Action, scheme: Scheme, scope: Scope): Member[] {
  const seen = new Set<string>();
  return action.participants.map((participant) => {
    const commune = scheme.communes.get(participant.insee);
    if (!commune) fail(scope, 'UNKNOWN_COMMUNE', `la commune ${participant.insee} n’est pas membre de l’EPCI`);
    if (seen.has(participant.insee)) fail(scope, 'DUPLICATE', `la commune ${commune.name} participe deux fois`);
    seen.add(participant.insee);
    if (participant.payment === 'AC_DEDUCTION') checkAcDeduction(action, scheme, commune, scope);
    return { participant, commune };
  });
}

/** The attribution de compensation exists only under FPU, and may fund only a service commun. */
function checkAcDeduction(action: Action, scheme: Scheme, commune: CommuneProfile, scope: Scope): void {
  const paying = 'le paiement par déduction de l’attribution de compensation';
  if (scheme.input.taxRegime !== 'FPU') {
    failForCommune(scope, commune.name, 'AC_DEDUCTION_NOT_ALLOWED', `${paying} n’est possible que pour un EPCI en fiscalité professionnelle unique (FPU)`);
  }
  if (action.kind !== 'SHARED_SERVICE') {
    failForCommune(scope, commune.name, 'AC_DEDUCTION_NOT_ALLOWED', `${paying} n’est possible que pour un service commun`);
  }
}
