import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActionKind } from '../../../domain/costing/types.js';
import type { SchemeAction, Theme } from '../../../domain/scheme/action.js';
import { ActionDefinitionScalar } from '../action-definition.scalar.js';
import { ActionKindEnum, ThemeEnum } from './enums.js';

@ObjectType('YearRange')
export class YearRangeModel {
  @Field(() => Int) first: number;
  @Field(() => Int) last: number;
}

@ObjectType('SchemeAction', { description: 'An action of a draft; `definition` is the whole action, as it is written' })
export class SchemeActionModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Order in the scheme, from 0' }) position: number;
  @Field() title: string;
  @Field(() => ActionKindEnum) kind: ActionKind;
  @Field(() => ThemeEnum, { nullable: true }) theme: Theme | null;
  @Field(() => YearRangeModel) years: YearRangeModel;
  @Field(() => Int) participantCount: number;
  @Field(() => ActionDefinitionScalar) definition: SchemeAction;
}

@ObjectType('CostingProblem', { description: 'Why an action is left out of the costing for now' })
export class CostingProblemModel {
  @Field(() => ID) actionId: string;
  @Field() reason: string;
  @Field() message: string;
}

@ObjectType('SchemeCosting', {
  description: "The engine's costing of the draft: its summary at once, the shares and their explanations when asked for",
})
export class SchemeCostingModel {
  @Field(() => [CostingProblemModel]) problems: CostingProblemModel[];
  @Field(() => [CostingProblemModel], { description: 'What does not add up in actions costed all the same (e.g. ETP transferred vs gained)' }) warnings: CostingProblemModel[];
  @Field(() => Int, { description: 'The costing rules followed (COSTING_RULES_VERSION)' }) rulesVersion: number;
}

@ObjectType('Scheme', { description: 'A draft mutualisation scheme (schéma de mutualisation) of one EPCI' })
export class SchemeModel {
  @Field(() => ID) id: string;
  @Field(() => ID) epciId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => YearRangeModel) mandate: YearRangeModel;
  @Field(() => Int, { description: 'Pass it back as expectedRevision with every change' }) revision: number;
  @Field(() => ID, { nullable: true }) duplicatedFromId: string | null;
  @Field() createdAt: Date;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field() updatedAt: Date;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was taken out of the list; null while in use' }) archivedAt: Date | null;
}
