import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.js';
import type { SessionService } from '../modules/auth/session.service.js';
import type { Caller } from './caller.js';

// What plain HTTP routes (file downloads and uploads, outside GraphQL) share: the caller from the
// session cookie, and domain errors answered as JSON with their HTTP status.

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_STATE: 409,
  TOO_MANY_REQUESTS: 429,
};

/** The signed-in caller of an HTTP request; UNAUTHENTICATED without a live session. */
export async function callerOfRequest(sessions: SessionService, req: FastifyRequest): Promise<Caller> {
  const token = req.cookies[SESSION_COOKIE];
  const actor = token ? await sessions.actorForToken(token) : null;
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Vous devez vous connecter.');
  return { ...actor, ip: req.ip };
}

/** A domain error as JSON with its HTTP status. */
export function sendDomainError(reply: FastifyReply, error: DomainError) {
  return reply.code(HTTP_STATUS[error.code]).send({ code: error.code, message: error.message });
}
