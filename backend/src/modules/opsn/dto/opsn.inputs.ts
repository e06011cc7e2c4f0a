import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { FEE_KINDS, OPSN_LEGAL_FORMS, OPSN_SERVICE_KINDS, type FeeKind, type OpsnLegalForm, type OpsnServiceKind } from '../../../domain/opsn/opsn.js';
import { FeeKindEnum, OpsnLegalFormEnum, OpsnServiceKindEnum } from '../models/opsn.models.js';
import { trimmed } from '../../../common/trimmed.js';

const blankAsNull = Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value));

@InputType()
export class FeeFormulaInput {
  @Field(() => FeeKindEnum) @IsIn(FEE_KINDS, { message: 'Le mode de tarification est inconnu.' }) kind: FeeKind;
  @Field({ description: 'In euros as typed, e.g. "1,10" per inhabitant or "200" a year' })
  @IsString() @MaxLength(30, { message: 'Le montant est trop long.' })
  amount: string;
  @Field(() => String, { nullable: true, description: 'BASE_PLUS_PER_DAY: euros per day' })
  @IsOptional() @IsString() @MaxLength(30, { message: 'Le prix par jour est trop long.' })
  perDay?: string | null;
}

@InputType()
export class OpsnServiceInput {
  @Field(() => OpsnServiceKindEnum) @IsIn(OPSN_SERVICE_KINDS, { message: 'Le type de service est inconnu.' }) kind: OpsnServiceKind;
  @Field(() => String, { nullable: true }) @blankAsNull @IsOptional() @IsString() @MaxLength(120, { message: 'Le nom du service ne peut dépasser 120 caractères.' }) label?: string | null;
  @Field(() => FeeFormulaInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => FeeFormulaInput) fee?: FeeFormulaInput | null;
}

@InputType()
export class OpsnInput {
  @Field() @trimmed @IsString() @Length(1, 200, { message: 'Le nom doit contenir entre 1 et 200 caractères.' }) name: string;
  @Field(() => OpsnLegalFormEnum) @IsIn(OPSN_LEGAL_FORMS, { message: 'La forme juridique est inconnue.' }) legalForm: OpsnLegalForm;
  @Field(() => [String]) @ArrayMaxSize(120) @IsString({ each: true }) departments: string[];
  @Field(() => String, { nullable: true }) @blankAsNull @IsOptional() @IsString() @MaxLength(300, { message: "L'adresse du site est trop longue." }) website?: string | null;
  @Field(() => [OpsnServiceInput]) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => OpsnServiceInput) services: OpsnServiceInput[];
}
