import type { Role } from '../../gql/graphql';

export const roleLabels: Record<Role, string> = {
  DRAFTER: 'Rédacteur',
  REVIEWER: 'Référent communal',
  ELECTED: 'Élu',
  ADMIN: 'Administrateur',
};

export const roleOptions = (Object.keys(roleLabels) as Role[]).map((role) => ({
  value: role,
  label: roleLabels[role],
}));
