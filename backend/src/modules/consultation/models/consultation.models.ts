import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../common/graphql-enum.js';
import { BOARD_FILTERS } from '../../../domain/consultation/board.js';
import { ANSWER_STATES, type AnswerState } from '../../../domain/consultation/deadlines.js';
import { OPINION_KINDS, type OpinionKind } from '../../../domain/consultation/opinion.js';

export const ConsultationStatusEnum = enumOf(['OPEN', 'CLOSED', 'WITHDRAWN'] as const);
export type ConsultationStatus = keyof typeof ConsultationStatusEnum;
export const OpinionKindEnum = enumOf(OPINION_KINDS);
export const AnswerStateEnum = enumOf(ANSWER_STATES);
export const BoardFilterEnum = enumOf(BOARD_FILTERS);
export type BoardFilter = keyof typeof BoardFilterEnum;
export const DecisionKindEnum = enumOf(['ADOPTION', 'REJECTION'] as const);
export type DecisionKind = keyof typeof DecisionKindEnum;
export const CommentSideEnum = enumOf(['COMMUNE', 'EPCI'] as const);
export type CommentSide = keyof typeof CommentSideEnum;

registerEnumType(ConsultationStatusEnum, { name: 'ConsultationStatus' });
registerEnumType(OpinionKindEnum, { name: 'OpinionKind', description: "A municipal council's opinion on the scheme" });
registerEnumType(AnswerStateEnum, { name: 'AnswerState', description: 'Where a commune stands: awaited, answered, or deemed favourable after its deadline' });
registerEnumType(BoardFilterEnum, { name: 'BoardFilter', description: 'LATE: still awaited with 15 days or fewer left' });
registerEnumType(DecisionKindEnum, { name: 'DecisionKind' });
registerEnumType(CommentSideEnum, { name: 'CommentSide', description: 'Whether the author spoke for the commune or for the EPCI' });

@ObjectType('DeliberationDocument', { description: 'The PDF of a deliberation, stored in the database' })
export class DeliberationDocumentModel {
  @Field(() => Int) byteSize: number;
  @Field() uploadedAt: Date;
  @Field({ description: 'Where to download it (GET, with the session cookie)' }) url: string;
}

@ObjectType('Opinion', { description: "A municipal council's opinion in a consultation" })
export class OpinionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) consultationId: string;
  @Field(() => ID) communeId: string;
  @Field(() => OpinionKindEnum) kind: OpinionKind;
  @Field(() => String, { nullable: true }) reservations: string | null;
  @Field() deliberationNumber: string;
  @Field({ description: 'YYYY-MM-DD' }) deliberationDate: string;
  @Field({ description: 'Recorded by a drafter on the commune’s behalf from a paper deliberation' }) recordedOnPaper: boolean;
  @Field() recordedByName: string;
  @Field() recordedAt: Date;
  @Field() updatedAt: Date;
  @Field(() => DeliberationDocumentModel, { nullable: true }) document: DeliberationDocumentModel | null;
}

@ObjectType('ConsultationCommune', { description: "A commune's row of the board" })
export class ConsultationCommuneModel {
  @Field(() => ID) communeId: string;
  @Field() insee: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Population totale' }) population: number;
  @Field({ description: 'YYYY-MM-DD' }) notifiedOn: string;
  @Field({ description: 'Last day to deliberate, YYYY-MM-DD' }) deadline: string;
  @Field(() => Int, { description: 'Days from today to the deadline: 0 on the day, negative after' }) daysLeft: number;
  @Field(() => AnswerStateEnum) state: AnswerState;
  @Field() late: boolean;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when deemed favourable' }) deemedFavorableOn: string | null;
  @Field(() => OpinionModel, { nullable: true }) opinion: OpinionModel | null;
  @Field(() => Int, { description: 'Comments of this commune’s thread, withdrawn ones left out' }) commentCount: number;
  @Field({ description: 'False: the first opinion must carry the commune’s NIC' }) siretKnown: boolean;
}

@ObjectType('BoardTotals', { description: 'Counts by answer, also weighted by population totale (informative: the law sets no majority)' })
export class BoardTotalsModel {
  @Field(() => Int) communes: number;
  @Field(() => Int) favorable: number;
  @Field(() => Int) favorableWithReservations: number;
  @Field(() => Int) unfavorable: number;
  @Field(() => Int) deemedFavorable: number;
  @Field(() => Int) awaited: number;
  @Field(() => Int) population: number;
  @Field(() => Int) favorablePopulation: number;
  @Field(() => Int) favorableWithReservationsPopulation: number;
  @Field(() => Int) unfavorablePopulation: number;
  @Field(() => Int) deemedFavorablePopulation: number;
  @Field(() => Int) awaitedPopulation: number;
}

@ObjectType('Consultation', { description: 'The consultation of the member communes on a version (CGCT L5211-39-1)' })
export class ConsultationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) epciId: string;
  @Field(() => ID) schemeId: string;
  @Field() schemeTitle: string;
  @Field(() => ID) versionId: string;
  @Field(() => Int) versionNumber: number;
  @Field(() => ConsultationStatusEnum) status: ConsultationStatus;
  @Field() openedAt: Date;
  @Field() openedByName: string;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => String, { nullable: true }) closedByName: string | null;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) withdrawnByName: string | null;
  @Field(() => String, { nullable: true }) withdrawalReason: string | null;
  @Field({ description: 'The latest commune deadline, YYYY-MM-DD' }) lastDeadline: string;
  @Field(() => String, { nullable: true, description: 'While open: the first day it may be closed (today when it already may)' }) closableFrom: string | null;
  @Field(() => ConsultationCommuneModel, { nullable: true, description: "The caller's own commune's row, for a commune reviewer" })
  myCommune: ConsultationCommuneModel | null;
  @Field(() => BoardTotalsModel, { nullable: true, description: 'Null for a commune reviewer' }) totals: BoardTotalsModel | null;
}

@ObjectType('ConsultationComment', { description: 'A comment on an action, in the thread between one commune and the EPCI' })
export class ConsultationCommentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) consultationId: string;
  @Field(() => ID) communeId: string;
  @Field(() => ID) actionId: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() authorName: string;
  @Field(() => CommentSideEnum) authorSide: CommentSide;
  @Field(() => String, { nullable: true, description: 'Null once withdrawn' }) body: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) editedAt: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field({ description: 'The author may correct it until then (15 minutes)' }) editableUntil: Date;
  @Field({ description: 'Written by the caller' }) mine: boolean;
  @Field(() => [ConsultationCommentModel], { description: 'One level of replies; empty on a reply' }) replies: ConsultationCommentModel[];
}

@ObjectType('Votes')
export class VotesModel {
  @Field(() => Int, { description: 'Members in office' }) inOffice: number;
  @Field(() => Int, { description: 'Present or represented' }) present: number;
  @Field(() => Int) for: number;
  @Field(() => Int) against: number;
  @Field(() => Int) abstentions: number;
}

@ObjectType('VersionDecision', { description: "The EPCI council's adoption or rejection of a version" })
export class VersionDecisionModel {
  @Field(() => ID) id: string;
  @Field(() => DecisionKindEnum) kind: DecisionKind;
  @Field(() => ID) epciId: string;
  @Field(() => ID) schemeId: string;
  @Field() schemeTitle: string;
  @Field(() => ID) versionId: string;
  @Field(() => Int) versionNumber: number;
  @Field(() => ID, { nullable: true, description: 'The consultation it answers' }) consultationId: string | null;
  @Field(() => String, { nullable: true }) deliberationNumber: string | null;
  @Field({ description: 'YYYY-MM-DD' }) deliberationDate: string;
  @Field(() => VotesModel, { nullable: true }) votes: VotesModel | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() recordedByName: string;
  @Field({ description: 'Recorded by a drafter for the council' }) recordedForElected: boolean;
  @Field() recordedAt: Date;
  @Field(() => Int, { nullable: true }) supersededByVersionNumber: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the date of the adoption that superseded it' }) supersededOn: string | null;
  @Field(() => DeliberationDocumentModel, { nullable: true }) document: DeliberationDocumentModel | null;
}

@ObjectType('CsvFile')
export class CsvFileModel {
  @Field() fileName: string;
  @Field() content: string;
}
