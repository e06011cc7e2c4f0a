import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACQUISITION_CHARGES, ACTION_KINDS, DPO_PROVIDERS, OBLIGATIONS, PURCHASE_MODES, SERVICE_FUNCTIONS, THEMES } from '../../../domain/scheme/action.js';
import { OPSN_SERVICE_KINDS } from '../../../domain/opsn/opsn.js';
import { OpsnServiceKindEnum } from '../../opsn/models/opsn.models.js';
import {
  AcquisitionChargeEnum,
  ActionKindEnum,
  AllocationKindEnum,
  CostLineKindEnum,
  DeviceKindEnum,
  DpoProviderEnum,
  EpciShareKindEnum,
  ExpenseNatureEnum,
  KeyKindEnum,
  ObligationEnum,
  OpsnPayerEnum,
  PaymentModeEnum,
  PopulationKindEnum,
  PriceKindEnum,
  PurchaseModeEnum,
  ProvisionDirectionEnum,
  ServiceFunctionEnum,
  StatusQuoKindEnum,
  TariffPayeeEnum,
  ThemeEnum,
} from '../models/enums.js';
import { trimmed } from '../../../common/trimmed.js';
import { BOUNDED_DECIMAL, MAX_FIGURE_CENTS } from '../../../domain/money.js';

// Shapes are checked here; what the values mean together is checked by the domain (checkAction).
const CENTS = { message: 'Un montant doit être un nombre entier de centimes positif.' };
const DECIMAL = { message: 'Un nombre décimal est attendu (par exemple 2.5), avec au plus 12 chiffres avant la virgule et 6 après.' };
const TOO_LARGE = { message: 'Un montant ne peut pas dépasser 10 milliards d’euros.' };
const decimal = () => [IsString(DECIMAL), MaxLength(30, DECIMAL), Matches(BOUNDED_DECIMAL, DECIMAL)];
const cents = () => [IsInt(CENTS), Min(0, CENTS), Max(MAX_FIGURE_CENTS, TOO_LARGE)];
const apply = (...decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));
const nested = (type: () => new () => object) => apply(ValidateNested({ each: true }), Type(type));
const OptionalCents = () => apply(IsOptional(), ...cents());
const OptionalDecimal = () => apply(IsOptional(), ...decimal());
const Insee = () => apply(IsString(), Length(5, 5, { message: 'Un code INSEE a 5 caractères.' }));

@InputType()
export class YearRangeInput {
  @Field(() => Int) @IsInt() first: number;
  @Field(() => Int) @IsInt() last: number;
}

@InputType()
export class ParticipantInput {
  @Field() @Insee() insee: string;
  @Field(() => PaymentModeEnum) @IsIn(['INVOICE', 'AC_DEDUCTION']) payment: 'INVOICE' | 'AC_DEDUCTION';
  @Field(() => Float, { nullable: true, description: 'With the ENTERED status-quo rule: yearly cents' }) @OptionalCents() statusQuoCents?: number | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() etpTransferred?: string | null;
}

@InputType()
export class StatusQuoRuleInput {
  @Field(() => StatusQuoKindEnum) @IsIn(['ENTERED', 'FLAT', 'PER_INHABITANT', 'METRIC']) kind: 'ENTERED' | 'FLAT' | 'PER_INHABITANT' | 'METRIC';
  @Field(() => Float, { nullable: true }) @OptionalCents() amountCents?: number | null;
  @Field(() => PopulationKindEnum, { nullable: true }) @IsOptional() population?: 'municipale' | 'totale' | 'dgf' | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() rateCents?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) metric?: string | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() unitPriceCents?: string | null;
}

@InputType({ description: 'oneOff (a year), yearly (a range, optional indexation) or staff (ETP × loaded annual cost)' })
export class CostLineInput {
  @Field(() => CostLineKindEnum) @IsIn(['oneOff', 'yearly', 'staff']) kind: 'oneOff' | 'yearly' | 'staff';
  @Field() @trimmed @IsString() @Length(1, 120, { message: 'Chaque ligne de coût a un libellé (120 caractères au plus).' }) label: string;
  @Field(() => ExpenseNatureEnum, { nullable: true }) @IsOptional() @IsIn(['OPERATING', 'INVESTMENT']) nature?: 'OPERATING' | 'INVESTMENT' | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() year?: number | null;
  @Field(() => YearRangeInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => YearRangeInput) years?: YearRangeInput | null;
  @Field(() => Float, { nullable: true }) @OptionalCents() amountCents?: number | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() indexationPercent?: string | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() etp?: string | null;
  @Field(() => Float, { nullable: true }) @OptionalCents() loadedAnnualCostCents?: number | null;
}

@InputType()
export class CommunePercentInput {
  @Field() @Insee() insee: string;
  @Field() @apply(...decimal()) percent: string;
}

/**
 * A key that is not composite: a part of a composite key. The input types are not recursive on
 * purpose: graphql-jit (Mercurius `jit`) loops forever compiling the variables of a query whose
 * input type refers to itself (zalando-incubator/graphql-jit#81), which hung the server.
 */
@InputType()
export class KeyPartKeyInput {
  @Field(() => KeyKindEnum) @IsString() kind: (typeof KeyKindEnum)[keyof typeof KeyKindEnum];
  @Field(() => PopulationKindEnum, { nullable: true }) @IsOptional() population?: 'municipale' | 'totale' | 'dgf' | null;
  @Field(() => [DeviceKindEnum], { nullable: true }) @IsOptional() devices?: ('workstations' | 'phones' | 'tablets')[] | null;
  @Field(() => [CommunePercentInput], { nullable: true }) @IsOptional() @nested(() => CommunePercentInput) @ArrayMaxSize(500) percents?: CommunePercentInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) metric?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) unitLabel?: string | null;
}

@InputType()
export class KeyPartInput {
  @Field() @apply(...decimal()) percent: string;
  @Field(() => KeyPartKeyInput) @ValidateNested() @Type(() => KeyPartKeyInput) key: KeyPartKeyInput;
}

@InputType()
export class AllocationKeyInput extends KeyPartKeyInput {
  @Field(() => [KeyPartInput], { nullable: true, description: 'composite: weighted keys whose percents sum to 100' })
  @IsOptional() @nested(() => KeyPartInput) @ArrayMaxSize(10)
  parts?: KeyPartInput[] | null;
}

@InputType()
export class EpciShareInput {
  @Field(() => EpciShareKindEnum) @IsIn(['percent', 'amount']) kind: 'percent' | 'amount';
  @Field(() => String, { nullable: true }) @OptionalDecimal() percent?: string | null;
  @Field(() => Float, { nullable: true }) @OptionalCents() amountCents?: number | null;
}

@InputType()
export class CommuneBoundsInput {
  @Field() @Insee() insee: string;
  @Field(() => Float, { nullable: true }) @OptionalCents() floorCents?: number | null;
  @Field(() => Float, { nullable: true }) @OptionalCents() ceilingCents?: number | null;
}

@InputType()
export class BandInput {
  @Field(() => Int, { nullable: true, description: 'Upper bound of the band in inhabitants; null for the last, open band' })
  @IsOptional() @IsInt() @Min(1)
  upTo?: number | null;
  @Field() @apply(...decimal()) rateCents: string;
}

@InputType()
export class PriceComponentInput {
  @Field(() => PriceKindEnum) @IsIn(['flat', 'perInhabitant', 'perUnit', 'bands']) kind: 'flat' | 'perInhabitant' | 'perUnit' | 'bands';
  @Field(() => Float, { nullable: true }) @OptionalCents() amountCents?: number | null;
  @Field(() => PopulationKindEnum, { nullable: true }) @IsOptional() population?: 'municipale' | 'totale' | 'dgf' | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() rateCents?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) metric?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) unitLabel?: string | null;
  @Field(() => [BandInput], { nullable: true }) @IsOptional() @nested(() => BandInput) @ArrayMaxSize(20) bands?: BandInput[] | null;
}

@InputType({ description: 'split: EPCI share, fixed part, key, bounds; tariff: price components, indexation, who bills' })
export class AllocationInput {
  @Field(() => AllocationKindEnum) @IsIn(['split', 'tariff']) kind: 'split' | 'tariff';
  @Field(() => EpciShareInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => EpciShareInput) epciShare?: EpciShareInput | null;
  @Field(() => Float, { nullable: true }) @OptionalCents() fixedPartCents?: number | null;
  @Field(() => AllocationKeyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AllocationKeyInput) key?: AllocationKeyInput | null;
  @Field(() => Float, { nullable: true }) @OptionalCents() floorCents?: number | null;
  @Field(() => Float, { nullable: true }) @OptionalCents() ceilingCents?: number | null;
  @Field(() => [CommuneBoundsInput], { nullable: true }) @IsOptional() @nested(() => CommuneBoundsInput) @ArrayMaxSize(500) boundsByCommune?: CommuneBoundsInput[] | null;
  @Field(() => [PriceComponentInput], { nullable: true }) @IsOptional() @nested(() => PriceComponentInput) @ArrayMaxSize(20) price?: PriceComponentInput[] | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() indexationPercent?: string | null;
  @Field(() => TariffPayeeEnum, { nullable: true }) @IsOptional() @IsIn(['EPCI', 'PROVIDER']) paidTo?: 'EPCI' | 'PROVIDER' | null;
}

@InputType()
export class CommuneQuantityInput {
  @Field() @Insee() insee: string;
  @Field() @apply(...decimal()) quantity: string;
}

@InputType()
export class LotInput {
  @Field() @trimmed @IsString() @Length(0, 120) label: string;
  @Field() @apply(...decimal()) unitPriceCents: string;
  @Field(() => [CommuneQuantityInput]) @nested(() => CommuneQuantityInput) @ArrayMaxSize(500) quantities: CommuneQuantityInput[];
}

@InputType()
export class OpsnServiceChoiceInput {
  @Field(() => OpsnServiceKindEnum) @IsIn(OPSN_SERVICE_KINDS) kind: (typeof OPSN_SERVICE_KINDS)[number];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) label?: string | null;
}

@InputType({ description: 'Fields of the instrument; only those of `kind` are read' })
export class ActionDetailsInput {
  @Field(() => ActionKindEnum) @IsIn(ACTION_KINDS) kind: (typeof ACTION_KINDS)[number];
  // SHARED_SERVICE
  @Field(() => ServiceFunctionEnum, { nullable: true }) @IsOptional() @IsIn(SERVICE_FUNCTIONS) function?: (typeof SERVICE_FUNCTIONS)[number] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) functionLabel?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() impactSheetDone?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() cstOpinionObtained?: boolean | null;
  // SERVICE_PROVISION
  @Field(() => ProvisionDirectionEnum, { nullable: true }) @IsOptional() @IsIn(['ASCENDING', 'DESCENDING']) direction?: 'ASCENDING' | 'DESCENDING' | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) unitLabel?: string | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() unitCostCents?: string | null;
  @Field(() => [CommuneQuantityInput], { nullable: true }) @IsOptional() @nested(() => CommuneQuantityInput) @ArrayMaxSize(500) forecastUnits?: CommuneQuantityInput[] | null;
  // GROUP_PURCHASE
  @Field(() => String, { nullable: true, description: '"EPCI" or the INSEE code of the coordinating commune' }) @IsOptional() @IsString() @MaxLength(5) coordinator?: string | null;
  @Field(() => [LotInput], { nullable: true }) @IsOptional() @nested(() => LotInput) @ArrayMaxSize(50) lots?: LotInput[] | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() expectedGainPercent?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() contractYears?: number | null;
  @Field(() => PurchaseModeEnum, { nullable: true, description: 'ONE_OFF: bought once, in purchaseYear; RECURRING (when absent): needs every year of the contract' })
  @IsOptional()
  @IsIn(PURCHASE_MODES)
  purchase?: (typeof PURCHASE_MODES)[number] | null;
  @Field(() => Int, { nullable: true, description: 'ONE_OFF: the year of the purchase (the action’s first year when absent)' }) @IsOptional() @IsInt() purchaseYear?: number | null;
  // POOLED_DPO
  @Field(() => DpoProviderEnum, { nullable: true }) @IsOptional() @IsIn(DPO_PROVIDERS) provider?: (typeof DPO_PROVIDERS)[number] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) providerName?: string | null;
  // OPSN_MEMBERSHIP
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: "L'OPSN choisi n'est pas valide." }) opsnId?: string | null;
  @Field(() => [OpsnServiceChoiceInput], { nullable: true }) @IsOptional() @nested(() => OpsnServiceChoiceInput) @ArrayMaxSize(20) services?: OpsnServiceChoiceInput[] | null;
  @Field(() => OpsnPayerEnum, { nullable: true }) @IsOptional() @IsIn(['EPCI', 'COMMUNES']) payer?: 'EPCI' | 'COMMUNES' | null;
  @Field(() => PopulationKindEnum, { nullable: true }) @IsOptional() population?: 'municipale' | 'totale' | 'dgf' | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) daysMetric?: string | null;
  // SHARED_ASSET
  @Field(() => Float, { nullable: true }) @OptionalCents() acquisitionCents?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() acquisitionYear?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() depreciationYears?: number | null;
  @Field(() => Float, { nullable: true }) @OptionalCents() runningCostCents?: number | null;
  @Field(() => AcquisitionChargeEnum, { nullable: true, description: 'How the acquisition is charged; straight-line depreciation from the acquisition year when absent' })
  @IsOptional()
  @IsIn(ACQUISITION_CHARGES)
  acquisitionCharge?: (typeof ACQUISITION_CHARGES)[number] | null;
}

@InputType()
export class ActionInput {
  @Field() @trimmed @IsString() @Length(1, 200, { message: "Le titre de l'action doit contenir entre 1 et 200 caractères." }) title: string;
  // No GraphQL default values on input fields: graphql-jit (Mercurius) then wrongly requires them.
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000, { message: 'La description est trop longue (10 000 caractères au plus).' }) description?: string | null;
  @Field(() => ThemeEnum, { nullable: true }) @IsOptional() @IsIn(THEMES, { message: 'Le thème est inconnu.' }) theme?: (typeof THEMES)[number] | null;
  @Field(() => [ObligationEnum], { nullable: true }) @IsOptional() @IsIn(OBLIGATIONS, { each: true, message: 'Une obligation est inconnue.' }) obligations?: (typeof OBLIGATIONS)[number][] | null;
  @Field(() => ActionKindEnum) @IsIn(ACTION_KINDS, { message: "La nature de l'action est inconnue." }) kind: (typeof ACTION_KINDS)[number];
  @Field(() => YearRangeInput) @ValidateNested() @Type(() => YearRangeInput) years: YearRangeInput;
  @Field(() => [ParticipantInput]) @nested(() => ParticipantInput) @ArrayMaxSize(500) participants: ParticipantInput[];
  @Field(() => StatusQuoRuleInput) @ValidateNested() @Type(() => StatusQuoRuleInput) statusQuo: StatusQuoRuleInput;
  @Field(() => [CostLineInput], { nullable: true }) @IsOptional() @nested(() => CostLineInput) @ArrayMaxSize(100) costLines?: CostLineInput[] | null;
  @Field(() => AllocationInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AllocationInput) allocation?: AllocationInput | null;
  @Field(() => String, { nullable: true }) @OptionalDecimal() epciEtpGained?: string | null;
  @Field(() => ActionDetailsInput) @ValidateNested() @Type(() => ActionDetailsInput) details: ActionDetailsInput;
}
