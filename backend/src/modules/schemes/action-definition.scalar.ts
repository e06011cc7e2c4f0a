import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { badInput } from '../../domain/errors.js';
import { isUnstorable, UNSTORABLE_TEXT_MESSAGE } from '../../common/text-guard.js';

/** Far deeper and larger than any action (a composite key nests 12 levels down, 500 communes × 50 lots). */
const MAX_DEPTH = 16;
const MAX_NODES = 100_000;

/**
 * Refuses, cheaply and before any resolver, a value no action can be: too deep, too large, or
 * holding text PostgreSQL cannot store (in a key too, where the argument pipe does not look).
 * What the value means is parseAction's job (domain/scheme/parse-action.ts).
 */
function guarded(value: unknown): unknown {
  let nodes = 0;
  const visit = (node: unknown, depth: number, path: string) => {
    if (++nodes > MAX_NODES) throw badInput('Cette action est trop volumineuse.', { field: 'action' });
    if (depth > MAX_DEPTH) throw badInput('Cette action est imbriquée trop profondément.', { field: path });
    if (typeof node === 'string' && isUnstorable(node)) throw badInput(UNSTORABLE_TEXT_MESSAGE, { field: path });
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (isUnstorable(key)) throw badInput(UNSTORABLE_TEXT_MESSAGE, { field: path });
      visit(child, depth + 1, `${path}.${key}`);
    }
  };
  visit(value, 0, 'action');
  return value;
}

/**
 * An action as JSON, both ways: read as the domain's SchemeAction (the `definition` of an action),
 * written as a SchemeActionInput (backend/src/domain/scheme/action.ts). The front end's codegen
 * maps it to those TypeScript types, so one shape is typed on both sides.
 */
export const ActionDefinitionScalar = new GraphQLScalarType({
  name: 'ActionDefinition',
  description: 'An action as JSON: SchemeAction when read, SchemeActionInput when written (backend/src/domain/scheme/action.ts)',
  serialize: (value) => value,
  parseValue: guarded,
  parseLiteral: (ast, variables) => guarded(valueFromASTUntyped(ast, variables)),
});
