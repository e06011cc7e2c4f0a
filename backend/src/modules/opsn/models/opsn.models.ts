import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../common/graphql-enum.js';
import {
  FEE_KINDS,
  OPSN_LEGAL_FORMS,
  OPSN_SERVICE_KINDS,
  type FeeKind,
  type OpsnLegalForm,
  type OpsnServiceKind,
} from '../../../domain/opsn/opsn.js';

export const OpsnLegalFormEnum = enumOf(OPSN_LEGAL_FORMS);
export const OpsnServiceKindEnum = enumOf(OPSN_SERVICE_KINDS);
export const FeeKindEnum = enumOf(FEE_KINDS);
registerEnumType(OpsnLegalFormEnum, { name: 'OpsnLegalForm' });
registerEnumType(OpsnServiceKindEnum, { name: 'OpsnServiceKind' });
registerEnumType(FeeKindEnum, {
  name: 'FeeKind',
  description: 'Per inhabitant, flat per member commune, flat for the EPCI, or a base per member plus a price per day',
});

@ObjectType('FeeFormula')
export class FeeFormulaModel {
  @Field(() => FeeKindEnum) kind: FeeKind;
  @Field({ description: 'Cents as exact decimal text: per inhabitant, flat amount, or base a year' }) amountCents: string;
  @Field(() => String, { nullable: true, description: 'BASE_PLUS_PER_DAY: cents per day' }) perDayCents: string | null;
  @Field({ description: 'In words, e.g. « 1,10 € par habitant et par an »' }) description: string;
}

@ObjectType('OpsnService')
export class OpsnServiceModel {
  @Field(() => OpsnServiceKindEnum) kind: OpsnServiceKind;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => FeeFormulaModel, { nullable: true, description: 'Null while the fee is not known' }) fee: FeeFormulaModel | null;
}

@ObjectType('Opsn', { description: 'An opérateur public de services numériques the EPCI works with' })
export class OpsnModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OpsnLegalFormEnum) legalForm: OpsnLegalForm;
  @Field(() => [String], { description: 'Codes of the départements served' }) departments: string[];
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => [OpsnServiceModel]) services: OpsnServiceModel[];
  @Field(() => Int) revision: number;
  @Field() updatedAt: Date;
}

@ObjectType('OpsnSuggestion', { description: 'A real OPSN to start an entry from (no fees: they come from its own tariffs)' })
export class OpsnSuggestionModel {
  @Field() name: string;
  @Field(() => OpsnLegalFormEnum) legalForm: OpsnLegalForm;
  @Field(() => [String]) departments: string[];
}
