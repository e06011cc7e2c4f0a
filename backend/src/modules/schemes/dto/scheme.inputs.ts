import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trimmed } from '../../../common/trimmed.js';

const YEAR = { message: 'Les années du mandat vont de 2000 à 2100.' };

@InputType()
export class MandateInput {
  @Field(() => Int) @IsInt(YEAR) @Min(2000, YEAR) @Max(2100, YEAR) first: number;
  @Field(() => Int) @IsInt(YEAR) @Min(2000, YEAR) @Max(2100, YEAR) last: number;
}

@InputType()
export class SchemeDetailsInput {
  @Field() @trimmed @IsString() @Length(1, 200, { message: 'Le titre du schéma doit contenir entre 1 et 200 caractères.' }) title: string;
  // No GraphQL default values on input fields: graphql-jit (Mercurius) then wrongly requires them.
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000, { message: 'La description est trop longue (10 000 caractères au plus).' }) description?: string | null;
  @Field(() => MandateInput, { description: 'The years the scheme covers, e.g. 2026–2032' }) @ValidateNested() @Type(() => MandateInput) mandate: MandateInput;
}

@InputType()
export class CreateSchemeInput extends SchemeDetailsInput {
  @Field(() => ID) @IsUUID('all', { message: "L'identifiant de l'intercommunalité n'est pas valide." }) epciId: string;
}
