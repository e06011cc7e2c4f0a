import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller.js';
import { AccountsService } from './accounts.service.js';
import { AppointAdministratorInput, CreateMemberInput, RemoveMemberInput, SetMemberRoleInput, SetUserDisabledInput } from './dto/member.inputs.js';
import { MemberModel } from './models/member.models.js';

@Resolver(() => MemberModel)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => [MemberModel], { description: 'Accounts of an EPCI (its administrators only)' })
  members(@CurrentCaller() caller: Caller, @Args('epciId', { type: () => ID }) epciId: string) {
    return this.accounts.listMembers(caller, epciId);
  }

  @Mutation(() => MemberModel)
  createMember(@CurrentCaller() caller: Caller, @Args('input') input: CreateMemberInput) {
    return this.accounts.createMember(caller, input);
  }

  @Mutation(() => MemberModel)
  setMemberRole(@CurrentCaller() caller: Caller, @Args('input') input: SetMemberRoleInput) {
    return this.accounts.setMemberRole(caller, input);
  }

  @Mutation(() => MemberModel, { description: "Takes a person's role in the EPCI away (audited); returns the membership as it was" })
  removeMember(@CurrentCaller() caller: Caller, @Args('input') input: RemoveMemberInput) {
    return this.accounts.removeMember(caller, input);
  }

  @Mutation(() => MemberModel)
  setUserDisabled(@CurrentCaller() caller: Caller, @Args('input') input: SetUserDisabledInput) {
    return this.accounts.setUserDisabled(caller, input);
  }

  @Mutation(() => MemberModel, { description: 'Make someone an administrator of an EPCI (platform operators only)' })
  appointAdministrator(@CurrentCaller() caller: Caller, @Args('input') input: AppointAdministratorInput) {
    return this.accounts.appointAdministrator(caller, input);
  }
}
