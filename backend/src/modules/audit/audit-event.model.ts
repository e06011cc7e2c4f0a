import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'One recorded change: who, what, when, before and after' })
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field({ description: 'UTC' }) occurredAt: Date;
  @Field(() => ID, { nullable: true, description: 'The account that acted; null for a failed login on an unknown address' })
  actorId: string | null;
  @Field(() => String, { nullable: true, description: "The account's name as it is now" }) actorName: string | null;
  @Field(() => String, { nullable: true }) actorLabel: string | null;
  @Field() action: string;
  @Field(() => String, { nullable: true }) entityType: string | null;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) after: string | null;
}

@ObjectType('JournalPerson', { description: 'Someone whose changes the journal can be filtered by' })
export class JournalPersonModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}
