/** The platform operator every integration run starts with (made by `user:create`). */
export const OPERATOR = {
  email: 'operateur@plateforme.test',
  name: 'Opérateur de la plateforme',
  password: 'une plateforme pour toutes les communes',
};

/** A password that passes the policy, for accounts made in tests. */
export const GOOD_PASSWORD = 'le schéma de mutualisation 2026';

/** Real EPCI from the official data, one per test file so files never share state. */
export const SIREN = {
  terresDesConfluences: '200066322', // CC, FPU, 22 communes
  leMansMetropole: '247200132', // CU, 20 communes
  paysDeSaintOmer: '200069488', // CA, 53 communes
  pontivyCommunaute: '200067361', // CC, 24 communes
  paysBasque: '200067106', // CA, 158 communes
  dinanAgglomeration: '200068989', // CA, 64 communes
} as const;
