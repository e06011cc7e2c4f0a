/** GraphQL enums are registered from objects; the domain keeps plain string unions. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
