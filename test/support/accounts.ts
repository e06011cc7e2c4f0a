/** The platform operator every integration run starts with (made by `user:create`). */
export const OPERATOR = {
  email: 'operateur@plateforme.test',
  name: 'Opérateur de la plateforme',
  password: 'une plateforme pour toutes les communes',
};

/** A password that passes the policy, for accounts made in tests. */
export const GOOD_PASSWORD = 'le schéma de mutualisation 2026';

/** Real EPCI from the official data; each test file works on its own so files never share state. */
export const SIREN = {
  terresDesConfluences: '200066322', // CC, FPU, 22 communes (the demo EPCI)
  leMansMetropole: '247200132', // CU, FPU, 20 communes
  paysDeSaintOmer: '200069037', // CA, FPU, 53 communes
  pontivyCommunaute: '245614433', // CC, FPU, 24 communes
  paysAjaccien: '242010056', // CA, FPU, 10 communes, Corsican INSEE codes (2A…)
  bastia: '242000354', // CA, FPU, 5 communes (2B…)
  portesDeRomilly: '200000545', // CC, FA, 6 communes
  paysBasque: '200067106', // CA, FPU, 158 communes: the largest
} as const;
