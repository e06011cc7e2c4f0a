import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'One recorded change: who, what, when, before and after' })
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field({ description: 'UTC' }) occurredAt: Date;
  @Field(() => String, { nullable: true }) actorLabel: string | null;
  @Field() action: string;
  @Field(() => String, { nullable: true }) entityType: string | null;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) after: string | null;
}
