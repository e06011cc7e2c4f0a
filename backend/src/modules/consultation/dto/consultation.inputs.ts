import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { trimmed } from '../../../common/trimmed.js';
import { OPINION_KINDS, type OpinionKind } from '../../../domain/consultation/opinion.js';
import { OpinionKindEnum } from '../models/consultation.models.js';

// No GraphQL default values on input fields: graphql-jit (Mercurius) then wrongly requires them.
// Dates are "YYYY-MM-DD" strings, checked by the domain (a real date, in the right window).

const ID_MESSAGE = { message: "L'identifiant n'est pas valide." };
const TEXT_LIMIT = { message: 'Ce texte est trop long (4 000 caractères au plus).' };

@InputType()
export class CommuneDateInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) communeId: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() notifiedOn: string;
}

@InputType()
export class OpenConsultationInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) versionId: string;
  @Field({ description: 'The date every commune was notified, YYYY-MM-DD' }) @IsString() notifiedOn: string;
  @Field(() => [CommuneDateInput], { nullable: true, description: 'Communes notified on another date' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CommuneDateInput)
  communeDates?: CommuneDateInput[] | null;
}

@InputType()
export class OpinionInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) consultationId: string;
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) communeId: string;
  @Field(() => OpinionKindEnum) @IsIn(OPINION_KINDS, { message: "Choisissez le sens de l'avis." }) kind: OpinionKind;
  @Field(() => String, { nullable: true, description: 'Required for FAVORABLE_WITH_RESERVATIONS' }) @IsOptional() @IsString() @MaxLength(4000, TEXT_LIMIT) reservations?: string | null;
  @Field({ description: '2–15 characters in [0-9A-Z_], as transmitted to the prefecture' }) @trimmed @IsString() deliberationNumber: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() deliberationDate: string;
  @Field(() => String, { nullable: true, description: "The commune's 5-digit NIC, required while its SIRET is unknown" }) @IsOptional() @IsString() communeNic?: string | null;
}

@InputType()
export class CommentInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) consultationId: string;
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) communeId: string;
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) actionId: string;
  @Field(() => ID, { nullable: true, description: 'The comment answered (a top-level comment of the same thread and action)' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  parentId?: string | null;
  @Field() @IsString() body: string;
}

const VOTE = { message: 'Les nombres de voix sont des entiers.' };

@InputType()
export class VotesInput {
  @Field(() => Int, { description: 'Members in office' }) @IsInt(VOTE) inOffice: number;
  @Field(() => Int, { description: 'Present or represented' }) @IsInt(VOTE) present: number;
  @Field(() => Int) @IsInt(VOTE) for: number;
  @Field(() => Int) @IsInt(VOTE) against: number;
  @Field(() => Int) @IsInt(VOTE) abstentions: number;
}

@InputType()
export class AdoptionInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) versionId: string;
  @Field(() => ID, { nullable: true, description: 'Only to adopt an amending version without a new round: the closed consultation it answers' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  consultationId?: string | null;
  @Field() @trimmed @IsString() deliberationNumber: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() deliberationDate: string;
  @Field(() => VotesInput) @ValidateNested() @Type(() => VotesInput) votes: VotesInput;
}

@InputType()
export class RejectionInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) versionId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @trimmed @IsString() deliberationNumber?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() deliberationDate: string;
  @Field() @IsString() @MaxLength(4000, TEXT_LIMIT) reason: string;
}
