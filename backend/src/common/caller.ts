import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/permissions.js';
import { DomainError } from '../domain/errors.js';
import type { Loaders } from './loaders.js';
import type { Memoiser } from './memo.js';

/** The signed-in person making this request, with where the request came from (for the audit trail). */
export interface Caller extends Actor {
  ip: string;
}

/** What every resolver can reach: built once per GraphQL request. */
export interface RequestContext {
  req: FastifyRequest;
  reply: FastifyReply;
  caller: Caller | null;
  ip: string;
  loaders: Loaders;
  /** Over the per-user rate limit: the request is refused before it executes. */
  overRateLimit: boolean;
  /** The same expensive value computed once per request, however many aliases ask for it. */
  once: Memoiser;
}

const contextOf = (execution: ExecutionContext) => GqlExecutionContext.create(execution).getContext<RequestContext>();

/** The signed-in caller; refuses the request with UNAUTHENTICATED when there is none. */
export const CurrentCaller = createParamDecorator((_: unknown, execution: ExecutionContext): Caller => {
  const { caller } = contextOf(execution);
  if (!caller) throw new DomainError('UNAUTHENTICATED', 'Vous devez vous connecter.');
  return caller;
});

/** The signed-in caller, or null. */
export const OptionalCaller = createParamDecorator(
  (_: unknown, execution: ExecutionContext): Caller | null => contextOf(execution).caller,
);

export const CurrentContext = createParamDecorator(
  (_: unknown, execution: ExecutionContext): RequestContext => contextOf(execution),
);
