import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { trimmed } from '../../../common/trimmed.js';

const TOKEN = { message: 'Ce lien n’est pas valide : vérifiez que vous avez copié toute l’adresse reçue par courriel.' };
const PASSWORD = { message: 'Le mot de passe est trop long.' };

@InputType({ description: 'A password chosen from a link received by mail (invitation or reset)' })
export class RedeemLinkInput {
  @Field() @IsString(TOKEN) @Length(20, 100, TOKEN) token: string;
  @Field() @IsString() @MaxLength(256, PASSWORD) password: string;
}

@InputType()
export class ResendInvitationInput {
  @Field(() => ID) @IsUUID('all', { message: "L'identifiant de l'intercommunalité n'est pas valide." }) epciId: string;
  @Field(() => ID) @IsUUID('all', { message: "L'identifiant du compte n'est pas valide." }) userId: string;
}

@InputType()
export class MyAccountInput {
  @Field() @trimmed @IsString() @Length(1, 120, { message: 'Le nom doit contenir entre 1 et 120 caractères.' }) name: string;
  @Field() @trimmed @IsEmail({}, { message: "L'adresse électronique n'est pas valide." }) @MaxLength(254) email: string;
}

@InputType()
export class MyNotificationsInput {
  @Field({ description: 'Reminders before a consultation deadline' }) @IsBoolean() reminders: boolean;
  @Field({ description: 'A commune’s opinion recorded' }) @IsBoolean() opinions: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(256, PASSWORD) currentPassword: string;
  @Field() @IsString() @MaxLength(256, PASSWORD) newPassword: string;
}
