import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '../../../domain/access/permissions.js';
import { RoleEnum } from '../../auth/models/me.models.js';
import { CommuneModel } from '../../territory/models/territory.models.js';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field() disabled: boolean;
  @Field({ description: 'Invited, has not chosen a password yet' }) invitationPending: boolean;
}

@ObjectType('Member', { description: "A person's role in one EPCI, as its administrators see it" })
export class MemberModel {
  @Field(() => UserModel) user: UserModel;
  @Field(() => RoleEnum) role: Role;
  @Field(() => CommuneModel, { nullable: true }) commune: CommuneModel | null;
  @Field() createdAt: Date;
}
