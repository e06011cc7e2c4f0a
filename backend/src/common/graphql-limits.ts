import {
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DomainError } from '../domain/errors.js';

/**
 * Bounds on what one GraphQL document may ask for, checked before anything executes: depth alone
 * does not bound work (sixty aliases of one costing exhausted the heap). Every field costs 1; the
 * expensive ones cost their weight; a list multiplies what is asked of each element by its `limit`
 * argument or by the size such a list reaches on the largest EPCI.
 */
export const GRAPHQL_LIMITS = { maxCost: 20_000, maxAliases: 30, maxOperations: 5 } as const;

/** Fields whose value is computed or loaded at a real cost: a costing, a frozen content, a hash. */
const WEIGHTS: Record<string, number> = {
  'Scheme.costing': 5_000,
  'SchemeVersion.content': 500,
  'SchemeVersion.integrityVerified': 500,
  'Query.versionDiff': 5_000,
  'Query.profilesImportPreview': 2_000,
  'Epci.profilesCsv': 1_000,
  'Query.epciCatalogue': 20,
};

/** Sizes lists reach in practice, when no `limit` argument says it (158 communes for the largest EPCI). */
const LIST_SIZES: Record<string, number> = {
  'Epci.communes': 160,
  'Query.importedEpcis': 50,
  'Query.schemes': 20,
  'Scheme.versions': 20,
  'Scheme.actions': 40,
  'Query.members': 50,
  'CataloguePage.entries': 1, // the catalogue's weight already counts its limit
};
const DEFAULT_LIST_SIZE = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  aliases: number;
}

/** The cost of the operation that will run, and the document's alias and operation counts. */
export function measureDocument(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null) {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const walk: Walk = { schema, fragments, variables, aliases: 0 };
  // Aliases are counted over the whole document, so an unexecuted operation cannot hide a flood.
  let cost = 0;
  for (const operation of operations) {
    const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    const operationCost = root ? costOf(operation.selectionSet, root, walk, new Set()) : 0;
    if (operations.length === 1 || operation.name?.value === operationName) cost = operationCost;
  }
  return { cost, aliases: walk.aliases, operations: operations.length };
}

function costOf(selectionSet: SelectionSetNode, type: GraphQLObjectType, walk: Walk, spread: Set<string>): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(selection, type, walk, spread);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (isObjectType(on)) total += costOf(selection.selectionSet, on, walk, spread);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      // A fragment that spreads itself is refused by validation; never loop on it here.
      if (!fragment || spread.has(fragment.name.value)) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value);
      if (isObjectType(on)) total += costOf(fragment.selectionSet, on, walk, new Set([...spread, fragment.name.value]));
    }
  }
  return total;
}

function fieldCost(node: FieldNode, parent: GraphQLObjectType, walk: Walk, spread: Set<string>): number {
  if (node.alias && node.alias.value !== node.name.value) walk.aliases++;
  const field = parent.getFields()[node.name.value];
  if (!field) return 1;
  const key = `${parent.name}.${field.name}`;
  const limit = argument(node, 'limit', walk.variables);
  const bounded = typeof limit === 'number' && limit > 0 ? limit : null;
  const list = isListType(getNullableType(field.type));
  // A `limit` sizes a list, or multiplies the work of a field that pages through one (the catalogue).
  const size = list ? (bounded ?? LIST_SIZES[key] ?? DEFAULT_LIST_SIZE) : 1;
  const weight = (WEIGHTS[key] ?? 1) * (!list && bounded ? bounded : 1);
  const named = getNamedType(field.type);
  const children = node.selectionSet && isObjectType(named) ? costOf(node.selectionSet, named, walk, spread) : 0;
  return weight + size * children;
}

function argument(node: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  return arg ? valueFromASTUntyped(arg.value, variables) : undefined;
}

/**
 * Mercurius preExecution hook: refuses, before execution, a document over the limits (after
 * variables are known, so a `limit` passed as a variable counts; validation results are cached per
 * document text and never see them).
 */
export function enforceGraphQLLimits(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): void {
  const { cost, aliases, operations } = measureDocument(schema, document, variables ?? {}, operationName);
  if (operations > GRAPHQL_LIMITS.maxOperations) {
    throw new DomainError('BAD_USER_INPUT', `Une requête ne peut contenir plus de ${GRAPHQL_LIMITS.maxOperations} opérations.`, { operations });
  }
  if (aliases > GRAPHQL_LIMITS.maxAliases) {
    throw new DomainError('BAD_USER_INPUT', `Une requête ne peut contenir plus de ${GRAPHQL_LIMITS.maxAliases} alias.`, { aliases });
  }
  if (cost > GRAPHQL_LIMITS.maxCost) {
    throw new DomainError('BAD_USER_INPUT', `Cette requête demande trop de calculs (coût ${cost}, maximum ${GRAPHQL_LIMITS.maxCost}) : demandez moins de données à la fois.`, {
      cost,
      maxCost: GRAPHQL_LIMITS.maxCost,
    });
  }
}

/** graphql-js suggests field and type names (« Did you mean … »): a map of the schema for a prober. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*$/s, '');
}
