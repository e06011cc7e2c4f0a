/**
 * Checks an action as the drafter saves it, before anything is written. What only the communes'
 * figures can fix (a missing figure, weights all zero) does not stop a save: the costing reports
 * it. Everything else is refused with a French message naming the field.
 */
import type { SchemeAction } from './action.js';
import { ACTION_KIND_RULES, rulesOf } from './kinds/index.js';
import { isNonNegativeDecimal, within } from './kinds/kind-rules.js';
import { costScheme, type SchemeContext } from './to-costing.js';

export interface ActionFieldProblem {
  field: string;
  message: string;
}

/** Problems the communes' figures cause, not the action: the action may still be saved. */
const FIGURE_REASONS = new Set(['MISSING_FIGURE', 'ZERO_WEIGHTS']);

export function checkAction(action: SchemeAction, context: SchemeContext): ActionFieldProblem[] {
  const problems: ActionFieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const members = new Set(context.communes.map((c) => c.insee));
  const { mandate } = context;

  if (action.title.trim() === '') problem('title', "Le titre de l'action est obligatoire.");
  if (action.details.kind !== action.kind) problem('details', "Les précisions ne correspondent pas à la nature de l'action.");
  if (!within(action.years, mandate)) {
    problem('years', `Années : l'action doit se dérouler pendant le mandat (${mandate.first}–${mandate.last}), la première année avant la dernière.`);
  }
  const seen = new Set<string>();
  for (const p of action.participants) {
    if (!members.has(p.insee)) problem('participants', `Participants : ${p.insee} n'est pas une commune membre de l'intercommunalité.`);
    if (seen.has(p.insee)) problem('participants', `Participants : la commune ${p.insee} est citée deux fois.`);
    seen.add(p.insee);
    if (p.statusQuoCents !== null && p.statusQuoCents < 0) problem('participants', `Situation actuelle de ${p.insee} : le montant ne peut pas être négatif.`);
    if (p.etpTransferred !== null && !isNonNegativeDecimal(p.etpTransferred)) problem('participants', `ETP transférés par ${p.insee} : un nombre positif est attendu.`);
  }
  if (ACTION_KIND_RULES[action.kind].entersRule && action.allocation === null) problem('allocation', 'Choisissez une clé de répartition.');

  rulesOf(action.details).check(action.details, action, seen, problems);
  if (problems.length > 0) return problems;

  // What remains is for the engine to say: impossible keys, AC deduction in an FA EPCI, bounds…
  const { problems: costing } = costScheme(context, [action]);
  return costing.filter((p) => !FIGURE_REASONS.has(p.reason)).map((p) => ({ field: 'allocation', message: p.message }));
}
