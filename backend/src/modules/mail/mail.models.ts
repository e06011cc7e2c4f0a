import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql-enum.js';

export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export const MailStatusEnum = enumOf(MAIL_STATUSES);
registerEnumType(MailStatusEnum, { name: 'MailStatus', description: 'PENDING: not sent yet (kept in the database when no SMTP server is configured)' });

@ObjectType('Mail', { description: 'A mail of the outbox' })
export class MailModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) epciId: string | null;
  @Field() kind: string;
  @Field() recipient: string;
  @Field() subject: string;
  @Field(() => MailStatusEnum) status: MailStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The plain-text body, only while no SMTP server is configured' })
  textBody: string | null;
}
