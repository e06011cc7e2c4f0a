import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../../domain/access/permissions.js';
import { RoleEnum } from '../../auth/models/me.models.js';
import { trimmed } from '../../../common/trimmed.js';

const EPCI_ID = { message: "L'identifiant de l'intercommunalité n'est pas valide." };
const USER_ID = { message: "L'identifiant du compte n'est pas valide." };
const COMMUNE_ID = { message: "L'identifiant de la commune n'est pas valide." };
/** People paste addresses with spaces around them; that is not a reason to refuse them. */
const ROLE = { message: 'Le rôle doit être Rédacteur, Référent communal, Élu ou Administrateur.' };

@InputType({ description: 'A new person in the EPCI: a new account (invited by mail to choose its password), or an existing one given access' })
export class CreateMemberInput {
  @Field(() => ID) @IsUUID('all', EPCI_ID) epciId: string;
  @Field() @trimmed @IsEmail({}, { message: "L'adresse électronique n'est pas valide." }) @MaxLength(254) email: string;
  @Field() @trimmed @IsString() @Length(1, 120, { message: 'Le nom doit contenir entre 1 et 120 caractères.' }) name: string;
  @Field(() => RoleEnum) @IsIn(ROLES, ROLE) role: Role;
  @Field(() => ID, { nullable: true, description: 'Required for REVIEWER: the member commune the reviewer speaks for' })
  @IsOptional() @IsUUID('all', COMMUNE_ID)
  communeId?: string;
}

@InputType()
export class SetMemberRoleInput {
  @Field(() => ID) @IsUUID('all', EPCI_ID) epciId: string;
  @Field(() => ID) @IsUUID('all', USER_ID) userId: string;
  @Field(() => RoleEnum) @IsIn(ROLES, ROLE) role: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', COMMUNE_ID) communeId?: string;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID) @IsUUID('all', EPCI_ID) epciId: string;
  @Field(() => ID) @IsUUID('all', USER_ID) userId: string;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID) @IsUUID('all', EPCI_ID) epciId: string;
  @Field(() => ID) @IsUUID('all', USER_ID) userId: string;
  @Field() @IsBoolean() disabled: boolean;
}

@InputType()
export class AppointAdministratorInput {
  @Field(() => ID) @IsUUID('all', EPCI_ID) epciId: string;
  @Field() @trimmed @IsEmail({}, { message: "L'adresse électronique n'est pas valide." }) @MaxLength(254) email: string;
  @Field() @trimmed @IsString() @Length(1, 120, { message: 'Le nom doit contenir entre 1 et 120 caractères.' }) name: string;
}
