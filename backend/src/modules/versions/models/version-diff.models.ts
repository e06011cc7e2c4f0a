import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../common/graphql-enum.js';
import {
  ACTION_CHANGE_KINDS,
  type ActionChange,
  type ActionCost,
  type ActionChangeKind,
  type CommuneMoneyChange,
  type FieldChange,
  type MoneyChange,
  type VersionDiff,
} from '../../../domain/versions/diff.js';

export const ActionChangeKindEnum = enumOf(ACTION_CHANGE_KINDS);
registerEnumType(ActionChangeKindEnum, { name: 'ActionChangeKind', description: 'Whether an action was added, removed or changed between two versions' });

@ObjectType('FieldChange', { description: 'One field of a scheme or an action, before and after, in the words of the forms' })
export class FieldChangeModel implements FieldChange {
  @Field() label: string;
  @Field() before: string;
  @Field() after: string;
}

@ObjectType('ActionYearCost', { description: 'What an action costs in one year, integer cents' })
export class ActionYearCostModel {
  @Field(() => Int) year: number;
  @Field(() => Float) totalCents: number;
}

@ObjectType('ActionCommuneCost', { description: "A commune's part of an action over the mandate, integer cents" })
export class ActionCommuneCostModel {
  @Field() insee: string;
  @Field() name: string;
  @Field(() => Float) cents: number;
}

@ObjectType('ActionCost', { description: 'What an added or removed action costs over the mandate, in the version that has it' })
export class ActionCostModel implements ActionCost {
  @Field(() => Float) totalCents: number;
  @Field(() => Float, { description: "The intercommunality's part" }) epciCents: number;
  @Field(() => [ActionYearCostModel]) years: ActionYearCostModel[];
  @Field(() => [ActionCommuneCostModel], { description: 'The communes that pay a part, the largest first' }) communes: ActionCommuneCostModel[];
}

@ObjectType('ActionChange', { description: 'An action added, removed or changed, field by field, with the communes joining or leaving it' })
export class ActionChangeModel implements ActionChange {
  @Field(() => ID) actionId: string;
  @Field() title: string;
  @Field(() => ActionChangeKindEnum) change: ActionChangeKind;
  @Field(() => [FieldChangeModel]) fields: FieldChangeModel[];
  @Field(() => [String], { description: 'Names of the communes joining the action (all its participants when it is added)' }) joined: string[];
  @Field(() => [String], { description: 'Names of the communes leaving the action (all its participants when it is removed)' }) left: string[];
  @Field(() => ActionCostModel, { nullable: true, description: 'For an action added or removed, what it costs; null for a changed one' }) cost: ActionCostModel | null;
}

@ObjectType('MoneyChange', { description: 'An amount in integer cents before and after, and the difference (after − before)' })
export class MoneyChangeModel implements MoneyChange {
  @Field(() => Float) before: number;
  @Field(() => Float) after: number;
  @Field(() => Float) difference: number;
}

@ObjectType('YearMoneyChange', { description: 'A MoneyChange for one year of the mandate' })
export class YearMoneyChangeModel extends MoneyChangeModel {
  @Field(() => Int) year: number;
}

@ObjectType('CommuneMoneyChange', { description: "What a commune pays for the scheme, before and after, over the mandate and in the years that moved" })
export class CommuneMoneyChangeModel implements CommuneMoneyChange {
  @Field() insee: string;
  @Field() name: string;
  @Field(() => [YearMoneyChangeModel]) years: YearMoneyChangeModel[];
  @Field(() => MoneyChangeModel) mandate: MoneyChangeModel;
}

@ObjectType('DiffTotals', { description: 'Who pays what over the mandate, before and after' })
export class DiffTotalsModel {
  @Field(() => MoneyChangeModel) epci: MoneyChangeModel;
  @Field(() => MoneyChangeModel) communes: MoneyChangeModel;
  @Field(() => MoneyChangeModel) total: MoneyChangeModel;
}

@ObjectType('VersionDiff', { description: 'What changed from one version of a scheme to another (domain/versions/diff.ts); only what differs is listed' })
export class VersionDiffModel implements VersionDiff {
  @Field(() => [FieldChangeModel]) scheme: FieldChangeModel[];
  @Field(() => [ActionChangeModel]) actions: ActionChangeModel[];
  @Field(() => [CommuneMoneyChangeModel], { description: 'Communes whose cost changes, the largest rise first' }) communes: CommuneMoneyChangeModel[];
  @Field(() => DiffTotalsModel) totals: DiffTotalsModel;
}
