import type { EpciKind, TaxRegime } from '../../gql/graphql';

export const epciKindLabels: Record<EpciKind, string> = {
  CC: 'Communauté de communes',
  CA: "Communauté d'agglomération",
  CU: 'Communauté urbaine',
  MET: 'Métropole',
};

export const taxRegimeLabels: Record<TaxRegime, string> = {
  FPU: 'Fiscalité professionnelle unique (FPU)',
  FA: 'Fiscalité additionnelle (FA)',
};
