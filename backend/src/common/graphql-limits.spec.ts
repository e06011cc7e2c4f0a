import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, type DocumentNode } from 'graphql';
import { GRAPHQL_LIMITS, enforceGraphQLLimits, measureDocument, withoutSuggestions } from './graphql-limits.js';

const ROOT = path.resolve(__dirname, '../../..');
const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'backend/schema.gql'), 'utf8'));

/** Every document the front end sends, with the fragments they spread. */
function frontEndDocuments(): DocumentNode {
  const dir = path.join(ROOT, 'frontend/src/features');
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /graphql\/\w+\.ts$/.test(f));
  const sources = files.flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]!));
  return parse(sources.join('\n'));
}

const costOf = (query: string, variables: Record<string, unknown> = {}) => measureDocument(schema, parse(query), variables).cost;

describe('GraphQL document limits', () => {
  it('lets every query and mutation of the front end through, with the largest page size it asks for', () => {
    const all = frontEndDocuments();
    const operations = all.definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) {
      const name = operation.kind === 'OperationDefinition' ? operation.name!.value : '';
      const { cost } = measureDocument(schema, all, { limit: 50 }, name);
      expect({ name, fits: cost <= GRAPHQL_LIMITS.maxCost }).toEqual({ name, fits: true });
    }
  });

  it('counts each alias of a costing as a costing', () => {
    const one = costOf(`{ scheme(id: "x") { costing { summary } } }`);
    const sixty = costOf(`{ ${Array.from({ length: 60 }, (_, i) => `a${i}: scheme(id: "x") { costing { summary } }`).join(' ')} }`);
    expect(one).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
    expect(sixty).toBe(60 * one);
    expect(sixty).toBeGreaterThan(GRAPHQL_LIMITS.maxCost);
  });

  it('reads a page size passed as a variable', () => {
    const query = `query ($limit: Int!) { epciCatalogue(search: "a", limit: $limit) { entries { siren } } }`;
    expect(costOf(query, { limit: 100 })).toBeGreaterThan(costOf(query, { limit: 10 }));
  });

  it('multiplies what is asked of each version by the number of versions a scheme has', () => {
    expect(costOf(`{ scheme(id: "x") { versions { integrityVerified } } }`)).toBeGreaterThan(costOf(`{ version(id: "x") { integrityVerified } }`) * 10);
  });

  it('refuses a flood of aliases before counting its cost', () => {
    const flood = parse(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { email }`).join(' ')} }`);
    expect(() => enforceGraphQLLimits(schema, flood, {})).toThrow(/plus de 30 alias/);
  });

  it('refuses a document of many operations', () => {
    const many = parse(Array.from({ length: 6 }, (_, i) => `query q${i} { me { email } }`).join('\n'));
    expect(() => enforceGraphQLLimits(schema, many, {}, 'q0')).toThrow(/plus de 5 opérations/);
  });

  it('does not loop on a fragment that spreads itself', () => {
    expect(costOf(`query { me { ...F } } fragment F on Me { email ...F }`)).toBeGreaterThan(0);
  });

  it('takes the field names out of a suggestion', () => {
    expect(withoutSuggestions('Cannot query field "costng" on type "Scheme". Did you mean "costing"?')).toBe('Cannot query field "costng" on type "Scheme".');
  });
});
