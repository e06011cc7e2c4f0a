import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * Plain JSON: the costing engine's output and an action's full definition, whose types the front
 * end takes from the shared domain code rather than from the schema.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value, typed by the shared domain code (backend/src/domain)',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: function literal(ast: ValueNode): unknown {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      case Kind.OBJECT:
        return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
      case Kind.LIST:
        return ast.values.map(literal);
      default:
        return null;
    }
  },
});
