import type { Role } from '../../gql/graphql';
import type { RoleChoice } from './hooks/useMemberActions';

/** The role fields as a form holds them: plain strings, '' when nothing is chosen. */
export interface RoleFormValues {
  role: string;
  communeId: string;
}

export function checkRoleChoice({ role, communeId }: RoleFormValues) {
  return {
    role: role ? undefined : 'Choisissez un rôle.',
    communeId:
      role === 'REVIEWER' && !communeId ? 'Choisissez la commune que ce référent représente.' : undefined,
  };
}

export function toRoleChoice({ role, communeId }: RoleFormValues): RoleChoice {
  return { role: role as Role, communeId: role === 'REVIEWER' ? communeId : undefined };
}
