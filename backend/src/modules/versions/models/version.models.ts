import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../common/graphql-enum.js';
import { VERSION_STATUSES, type VersionStatus } from '../../../domain/consultation/lifecycle.js';

export const VersionStatusEnum = enumOf(VERSION_STATUSES);
registerEnumType(VersionStatusEnum, { name: 'VersionStatus', description: 'Where a version stands in the lifecycle of CGCT L5211-39-1 (domain/consultation/lifecycle.ts)' });

@ObjectType('VersionTotals', { description: 'Over the mandate, integer cents' })
export class VersionTotalsModel {
  @Field(() => Float) epciCents: number;
  @Field(() => Float) communesCents: number;
  @Field(() => Float) totalCents: number;
  @Field(() => Int) actionCount: number;
}

@ObjectType('SchemeVersion', { description: 'A frozen, numbered, immutable version of a scheme' })
export class SchemeVersionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) schemeId: string;
  @Field(() => Int) number: number;
  @Field() message: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() authorName: string;
  @Field() frozenAt: Date;
  @Field(() => VersionTotalsModel) totals: VersionTotalsModel;
  @Field({ description: 'SHA-256 of the canonical JSON of the content, as stored when frozen' }) sha256: string;
  @Field(() => VersionStatusEnum, { description: 'From the lifecycle transition table, given its consultations and decision' }) status: VersionStatus;
}
