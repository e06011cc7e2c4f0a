import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MyAccount', { description: '« Mon compte »: the signed-in person’s own details and mail preferences' })
export class MyAccountModel {
  @Field() name: string;
  @Field() email: string;
  @Field() notifyReminders: boolean;
  @Field() notifyOpinions: boolean;
}
