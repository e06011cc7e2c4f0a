// The costing engine: from a draft scheme to every share, per action, year and payer, and the
// figures the scheme reports per commune and for the EPCI. Pure and synchronous.
import { summarise, type CostedAction, type MemberFacts } from './aggregate.js';
import { actionScope, fail, failForCommune, failOutOfRange, SCHEME_SCOPE, withinExactRange, type Scope } from './errors.js';
import { decimalOf, readCents, readCount, readDecimal, type Member } from './figures.js';
import { checkRange, checkYears, prepareLineNotes, prepareLines, type Period } from './lines.js';
import { isCents, rankCodes, type Cents } from '../money.js';
import { prepareRule, type YearAllocation } from './rules.js';
import type { Action, ActionYear, CommuneProfile, CostingInput, CostingResult, Payer, PaymentMode, Share } from './types.js';

interface Scheme {
  input: CostingInput;
  mandate: Period;
  communes: ReadonlyMap<string, CommuneProfile>;
  /** Each commune's rank by INSEE code, see Member. */
  ranks: ReadonlyMap<string, number>;
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
  const codes = input.communes.map((commune) => commune.insee);
  const ranks = new Map<string, number>();
  rankCodes(codes).forEach((rank, i) => ranks.set(codes[i], rank));
  return { input, mandate: { years, of: 'du mandat', reason: 'YEAR_OUTSIDE_MANDATE' }, communes, ranks };
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
  const payerCount = members.length + 1;
  const payers: Payer[] = [EPCI_PAYER];
  const payments: (PaymentMode | null)[] = [null];
  /** What a member receives, said after its share's explanation; null when nobody receives anything. */
  let receipts: string[] | null = null;
  for (let i = 0; i < members.length; i++) {
    const { participant } = members[i];
    payers.push({ kind: 'COMMUNE', insee: participant.insee });
    payments.push(participant.payment);
    if (participant.receipt && participant.receipt.cents > 0) (receipts ??= new Array<string>(payerCount).fill(''))[i + 1] = ` ; recette : ${participant.receipt.explanation}`;
  }
  // One scratch allocation for every year: the rule writes it, the shares copy it.
  const into: YearAllocation = { totalCents: 0, cents: new Array<Cents>(payerCount).fill(0), operatingCents: new Array<Cents>(payerCount).fill(0), explanations: new Array<string>(payerCount).fill('') };

  let actionTotal = 0;
  const rows = Array.from({ length: years.last - years.first + 1 }, (_, y): ActionYear => {
    const year = years.first + y;
    allocate(year, costIn(year), into);
    const { cents, operatingCents, explanations } = into;
    const note = notesIn?.(year);
    const after = note ? ` — ${note}` : '';
    let operating = 0;
    const shares = payers.map((payer, p): Share => {
      const share = small(cents[p]);
      const operatingShare = small(operatingCents[p]);
      operating += operatingShare;
      const explanation = receipts || after ? explanations[p] + (receipts?.[p] ?? '') + after : explanations[p];
      return { payer, cents: share, operatingCents: operatingShare, investmentCents: small(share - operatingShare), payment: payments[p], explanation };
    });
    actionTotal += into.totalCents;
    return { year, totalCents: into.totalCents, operatingCents: operating, investmentCents: into.totalCents - operating, shares };
  });
  if (!Number.isSafeInteger(actionTotal)) failOutOfRange(scope);

  return {
    costing: { actionId: action.id, title: action.title, kind: action.kind, years: rows, totalCents: actionTotal },
    years,
    epciEtpGained: action.epciEtpGained === undefined ? ZERO : readDecimal(action.epciEtpGained, scope, 'les ETP gagnés par l’EPCI'),
    members: members.map((m) => memberFacts(m, scope)),
  };
}

/** The same integer, as a small integer when it fits in 32 bits: the engine stores it unboxed in
 * a share instead of allocating a heap number for it (fewer and smaller objects to collect). */
function small(cents: Cents): Cents {
  return (cents | 0) === cents ? cents | 0 : cents;
}

/** A member's status quo and transferred ETP; messages are built only on failure. */
function memberFacts(m: Member, scope: Scope): MemberFacts {
  const operating = m.participant.statusQuo?.operatingCents ?? 0;
  const investment = m.participant.statusQuo?.investmentCents ?? 0;
  const etp = m.participant.etpTransferred;
  const receipt = m.participant.receipt?.cents ?? 0;
  return {
    insee: m.participant.insee,
    statusQuoOperating: isCents(operating) && operating >= 0 ? operating : readCents(operating, scope, `le statu quo de fonctionnement de la commune ${m.commune.name}`),
    statusQuoInvestment: isCents(investment) && investment >= 0 ? investment : readCents(investment, scope, `le statu quo d’investissement de la commune ${m.commune.name}`),
    etpTransferred: etp === undefined ? ZERO : (decimalOf(etp) ?? readDecimal(etp, scope, `les ETP transférés par la commune ${m.commune.name}`)),
    receipt: isCents(receipt) && receipt >= 0 ? receipt : readCents(receipt, scope, `la recette de la commune ${m.commune.name}`),
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
    return { participant, commune, rank: scheme.ranks.get(participant.insee)! };
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
