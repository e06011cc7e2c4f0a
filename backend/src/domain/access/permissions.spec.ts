import { Actor, ROLES, can, communeScopeOf, permissionsOf } from './permissions.js';

const memberOf = (epciId: string, role: Actor['memberships'][number]['role']): Actor => ({
  userId: 'u1',
  email: 'a@b.fr',
  isOperator: false,
  memberships: [{ epciId, role, communeId: role === 'REVIEWER' ? 'c1' : null }],
});

describe('can()', () => {
  it('grants a role its permissions in its own EPCI only', () => {
    for (const role of ROLES) {
      const actor = memberOf('epci-a', role);
      for (const permission of permissionsOf(role)) {
        expect(can(actor, permission, 'epci-a')).toBe(true);
        expect(can(actor, permission, 'epci-b')).toBe(false);
      }
    }
  });

  it('keeps account management to administrators and scheme editing to drafters', () => {
    expect(can(memberOf('e', 'ADMIN'), 'USER_MANAGE', 'e')).toBe(true);
    expect(can(memberOf('e', 'DRAFTER'), 'USER_MANAGE', 'e')).toBe(false);
    expect(can(memberOf('e', 'DRAFTER'), 'SCHEME_EDIT', 'e')).toBe(true);
    expect(can(memberOf('e', 'ELECTED'), 'SCHEME_EDIT', 'e')).toBe(false);
    expect(can(memberOf('e', 'REVIEWER'), 'SCHEME_EDIT', 'e')).toBe(false);
    expect(can(memberOf('e', 'REVIEWER'), 'OPINION_RECORD', 'e')).toBe(true);
    expect(can(memberOf('e', 'ELECTED'), 'ADOPTION_RECORD', 'e')).toBe(true);
  });

  it('gives the operator platform permissions but no scheme content', () => {
    const operator: Actor = { userId: 'op', email: 'op@opsn.fr', isOperator: true, memberships: [] };
    expect(can(operator, 'EPCI_IMPORT')).toBe(true);
    expect(can(operator, 'ADMIN_APPOINT')).toBe(true);
    expect(can(operator, 'SCHEME_READ', 'e')).toBe(false);
    expect(can(memberOf('e', 'ADMIN'), 'EPCI_IMPORT')).toBe(false);
  });
});

describe('communeScopeOf()', () => {
  it('limits a reviewer to their own commune', () => {
    expect(communeScopeOf(memberOf('e', 'REVIEWER'), 'e')).toBe('c1');
  });

  it.each(['DRAFTER', 'ELECTED', 'ADMIN'] as const)('does not limit a %s', (role) => {
    expect(communeScopeOf(memberOf('e', role), 'e')).toBeNull();
  });
});
