import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trimmed } from '../../../common/trimmed.js';
import { PROFILES_CSV_MAX_LENGTH } from '../../../domain/csv.js';

const EPCI_ID = { message: "L'identifiant de l'intercommunalité n'est pas valide." };
const FIGURE = { message: 'Une valeur saisie est trop longue.' };

@InputType()
export class MetricValueInput {
  @Field() @IsString() @MaxLength(60) key: string;
  @Field(() => String, { nullable: true, description: 'As typed: "12,5" or "12.5"; null or empty clears it' })
  @IsOptional() @IsString() @MaxLength(40, FIGURE)
  value: string | null;
}

/**
 * One commune's figures as typed (French decimal writing accepted); a field left out stays as
 * it is, null or empty clears it. Checked by the domain, which names the commune and the field.
 */
@InputType()
export class CommuneProfileInput {
  @Field(() => ID) @IsUUID('all', { message: "L'identifiant de la commune n'est pas valide." }) communeId: string;
  @Field(() => Int, { description: 'The profile revision the user saw (0 when it had never been filled in)' })
  @IsInt() @Min(0)
  expectedRevision: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) populationDgf?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) populationDgfYear?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() dgfBelowTotalConfirmed?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) agentsEtp?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) agentsYear?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) workstations?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) phones?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) tablets?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) devicesYear?: string | null;
  @Field(() => String, { nullable: true, description: 'In euros, e.g. "1 234 567,89"' })
  @IsOptional() @IsString() @MaxLength(40, FIGURE)
  potentielFinancier?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, FIGURE) potentielFinancierYear?: string | null;
  @Field(() => [MetricValueInput], { nullable: true })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => MetricValueInput) @ArrayMaxSize(100)
  metrics?: MetricValueInput[];
}

@InputType()
export class UpdateCommuneProfilesInput {
  @Field(() => ID) @IsUUID('all', EPCI_ID) epciId: string;
  @Field(() => [CommuneProfileInput], { description: 'All saved together, or none when any is invalid or stale' })
  @ValidateNested({ each: true }) @Type(() => CommuneProfileInput) @ArrayMaxSize(2000)
  rows: CommuneProfileInput[];
}

@InputType()
export class UsageMetricInput {
  @Field() @trimmed @IsString() @Length(1, 120, { message: 'Le nom de la métrique doit contenir entre 1 et 120 caractères.' }) label: string;
  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt({ message: "L'année de référence doit être une année." })
  @Min(2000, { message: "L'année de référence doit être comprise entre 2000 et 2100." })
  @Max(2100, { message: "L'année de référence doit être comprise entre 2000 et 2100." })
  referenceYear?: number | null;
}

@InputType()
export class ProfilesImportInput {
  @Field(() => ID) @IsUUID('all', EPCI_ID) epciId: string;
  @Field({ description: 'The file as text: CSV with ; , or tab, UTF-8 with or without BOM' })
  @IsString() @MaxLength(PROFILES_CSV_MAX_LENGTH, { message: 'Le fichier est trop volumineux (2 Mo au plus).' })
  csv: string;
}
