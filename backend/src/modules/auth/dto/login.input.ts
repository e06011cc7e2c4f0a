import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString({ message: "L'adresse électronique est obligatoire." })
  @MaxLength(254, { message: "L'adresse électronique est trop longue." })
  email: string;

  @Field()
  @IsString({ message: 'Le mot de passe est obligatoire.' })
  @MaxLength(256, { message: 'Le mot de passe est trop long.' })
  password: string;
}
