import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller.js';
import { ServerClock } from '../../common/clock.js';
import { boardTotals, byAttention, matchesFilter } from '../../domain/consultation/board.js';
import { EpciModel } from '../territory/models/territory.models.js';
import { CommentsService } from './comments.service.js';
import type { StoredDecision, StoredOpinion } from './consultation-store.js';
import { ConsultationService, boardRowOf, closableFromOf, type ConsultationView } from './consultation.service.js';
import { DecisionsService } from './decisions.service.js';
import { documentUrl } from './documents.service.js';
import { AdoptionInput, CommentInput, OpenConsultationInput, OpinionInput, RejectionInput } from './dto/consultation.inputs.js';
import {
  BoardFilterEnum,
  BoardTotalsModel,
  ConsultationCommentModel,
  ConsultationCommuneModel,
  ConsultationModel,
  CsvFileModel,
  DeliberationDocumentModel,
  OpinionModel,
  VersionDecisionModel,
  type BoardFilter,
} from './models/consultation.models.js';

const id = (name: string) => Args(name, { type: () => ID });

@Resolver(() => ConsultationModel)
export class ConsultationResolver {
  constructor(
    private readonly rounds: ConsultationService,
    private readonly comments: CommentsService,
    private readonly decisions: DecisionsService,
  ) {}

  @Query(() => [ConsultationModel], { description: "An EPCI's consultations, newest first; a commune reviewer gets those sent to their commune" })
  consultations(
    @CurrentCaller() caller: Caller,
    @id('epciId') epciId: string,
    @Args('schemeId', { type: () => ID, nullable: true }) schemeId: string | null,
    @Args('versionId', { type: () => ID, nullable: true }) versionId: string | null,
  ) {
    return this.rounds.list(caller, epciId, { schemeId, versionId });
  }

  @Query(() => ConsultationModel)
  consultation(@CurrentCaller() caller: Caller, @id('id') consultationId: string) {
    return this.rounds.get(caller, consultationId);
  }

  // The board: rows were loaded with the consultation, already limited to a reviewer's commune.
  @ResolveField(() => [ConsultationCommuneModel], { description: 'The board, what needs attention first; a commune reviewer gets their own row only' })
  communes(@Parent() view: ConsultationView, @Args('filter', { type: () => BoardFilterEnum, nullable: true }) filter: BoardFilter | null) {
    return view.rows
      .map((row) => boardRowOf(row, view.today))
      .filter((row) => !filter || matchesFilter(row, filter))
      .sort(byAttention);
  }

  @ResolveField(() => ConsultationCommuneModel, { nullable: true })
  myCommune(@Parent() view: ConsultationView) {
    return view.scoped && view.rows[0] ? boardRowOf(view.rows[0], view.today) : null;
  }

  @ResolveField(() => BoardTotalsModel, { nullable: true })
  totals(@Parent() view: ConsultationView) {
    return view.scoped ? null : boardTotals(view.rows.map((row) => boardRowOf(row, view.today)));
  }

  @ResolveField(() => String)
  lastDeadline(@Parent() view: ConsultationView) {
    return view.rows.map((row) => boardRowOf(row, view.today).deadline).reduce((a, b) => (b > a ? b : a), '');
  }

  @ResolveField(() => String, { nullable: true })
  closableFrom(@Parent() view: ConsultationView) {
    return closableFromOf(view);
  }

  @Mutation(() => ConsultationModel, { description: 'Sends a frozen version to every member commune' })
  openConsultation(@CurrentCaller() caller: Caller, @Args('input') input: OpenConsultationInput) {
    return this.rounds.open(caller, input);
  }

  @Mutation(() => ConsultationModel, { description: 'Withdraws an open consultation; the reason stays in its history' })
  withdrawConsultation(@CurrentCaller() caller: Caller, @id('consultationId') consultationId: string, @Args('reason') reason: string) {
    return this.rounds.withdraw(caller, consultationId, reason);
  }

  @Mutation(() => ConsultationModel, { description: 'Closes a consultation once every commune has answered or is past its deadline' })
  closeConsultation(@CurrentCaller() caller: Caller, @id('consultationId') consultationId: string) {
    return this.rounds.close(caller, consultationId);
  }

  @Mutation(() => OpinionModel, { description: "Records or corrects (until closure) a commune council's opinion" })
  recordOpinion(@CurrentCaller() caller: Caller, @Args('input') input: OpinionInput) {
    return this.rounds.recordOpinion(caller, input);
  }

  @Query(() => [ConsultationCommentModel], { description: "A commune's thread with the EPCI: top-level comments, oldest first, with their replies" })
  consultationComments(@CurrentCaller() caller: Caller, @id('consultationId') consultationId: string, @id('communeId') communeId: string) {
    return this.comments.thread(caller, consultationId, communeId);
  }

  @Mutation(() => ConsultationCommentModel)
  addComment(@CurrentCaller() caller: Caller, @Args('input') input: CommentInput) {
    return this.comments.add(caller, input);
  }

  @Mutation(() => ConsultationCommentModel, { description: 'Its author corrects a comment within 15 minutes' })
  editComment(@CurrentCaller() caller: Caller, @id('id') commentId: string, @Args('body') body: string) {
    return this.comments.edit(caller, commentId, body);
  }

  @Mutation(() => ConsultationCommentModel, { description: 'Its author withdraws a comment; it stays, shown as withdrawn' })
  withdrawComment(@CurrentCaller() caller: Caller, @id('id') commentId: string) {
    return this.comments.withdraw(caller, commentId);
  }

  @Query(() => VersionDecisionModel, { nullable: true, description: "The EPCI's scheme in force: its latest adoption not superseded" })
  schemeInForce(@CurrentCaller() caller: Caller, @id('epciId') epciId: string) {
    return this.decisions.inForce(caller, epciId);
  }

  @Query(() => [VersionDecisionModel], { description: "The EPCI council's decisions on its schemes, the latest first" })
  adoptions(@CurrentCaller() caller: Caller, @id('epciId') epciId: string) {
    return this.decisions.history(caller, epciId);
  }

  @Query(() => CsvFileModel, { description: 'The deliberations on a version as open data: SCDL « Délibérations » 2.1.5' })
  deliberationsCsv(@CurrentCaller() caller: Caller, @id('versionId') versionId: string) {
    return this.decisions.deliberationsCsv(caller, versionId);
  }

  @Mutation(() => VersionDecisionModel, { description: "Records the EPCI council's adoption of a version" })
  recordAdoption(@CurrentCaller() caller: Caller, @Args('input') input: AdoptionInput) {
    return this.decisions.adopt(caller, input);
  }

  @Mutation(() => VersionDecisionModel, { description: "Records the EPCI council's rejection of a version" })
  recordRejection(@CurrentCaller() caller: Caller, @Args('input') input: RejectionInput) {
    return this.decisions.reject(caller, input);
  }
}

@Resolver(() => OpinionModel)
export class OpinionResolver {
  @ResolveField(() => DeliberationDocumentModel, { nullable: true })
  document(@Parent() opinion: StoredOpinion) {
    return opinion.document && { ...opinion.document, url: documentUrl('opinions', opinion.id) };
  }
}

@Resolver(() => VersionDecisionModel)
export class DecisionResolver {
  @ResolveField(() => DeliberationDocumentModel, { nullable: true })
  document(@Parent() decision: StoredDecision) {
    return decision.document && { ...decision.document, url: documentUrl('decisions', decision.id) };
  }
}

@Resolver(() => EpciModel)
export class EpciIdentityResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @Mutation(() => String, { description: "Enters the EPCI's NIC once; returns its SIRET (SIREN + NIC, Luhn-checked)" })
  setEpciSiret(@CurrentCaller() caller: Caller, @id('epciId') epciId: string, @Args('nic') nic: string) {
    return this.decisions.setEpciSiret(caller, epciId, nic);
  }
}

@Resolver()
export class ServerClockResolver {
  constructor(private readonly clock: ServerClock) {}

  @Mutation(() => Date, {
    description: 'Tests only: moves the server clock (null: back to MUTUALIS_NOW). FORBIDDEN unless the server was started with MUTUALIS_NOW',
  })
  setServerTime(@Args('now', { type: () => Date, nullable: true }) now: Date | null) {
    return this.clock.set(now);
  }
}
