import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  PERMISSIONS,
  PLATFORM_PERMISSIONS,
  ROLES,
  type Permission,
  type PlatformPermission,
  type Role,
} from '../../../domain/access/permissions.js';
import { enumOf } from '../../../common/graphql-enum.js';
import { CommuneModel, EpciModel } from '../../territory/models/territory.models.js';

export const RoleEnum = enumOf(ROLES);
export const PermissionEnum = enumOf(PERMISSIONS);
export const PlatformPermissionEnum = enumOf(PLATFORM_PERMISSIONS);
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(PermissionEnum, { name: 'Permission', description: 'What a user may do inside one EPCI' });
registerEnumType(PlatformPermissionEnum, { name: 'PlatformPermission', description: 'What a platform operator may do across EPCI' });

@ObjectType('Membership', { description: "The signed-in user's role in one EPCI" })
export class MembershipModel {
  @Field(() => EpciModel) epci: EpciModel;
  @Field(() => RoleEnum) role: Role;
  @Field(() => CommuneModel, { nullable: true, description: 'The commune a reviewer speaks for' }) commune: CommuneModel | null;
  @Field(() => [PermissionEnum]) permissions: readonly Permission[];
}

@ObjectType('Me')
export class MeModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field() isOperator: boolean;
  @Field(() => [PlatformPermissionEnum]) platformPermissions: readonly PlatformPermission[];
  @Field(() => [MembershipModel]) memberships: MembershipModel[];
}
