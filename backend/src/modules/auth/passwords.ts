import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { passwordProblem, type PasswordOwner } from '../../domain/access/password-policy.js';
import { badInput } from '../../domain/errors.js';

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string, owner: PasswordOwner): Promise<string> {
  const problem = passwordProblem(password, owner);
  if (problem) throw badInput(problem, { field: 'password' });
  return hash(password, ARGON2);
}

/** The demo accounts' published password: never checked against the policy (DEMO is refused in production). */
export const hashDemoPassword = (password: string): Promise<string> => hash(password, ARGON2);

let decoy: Promise<string> | null = null;

/**
 * Verifies a password. For an unknown or disabled account it still hashes once against a decoy,
 * so response time does not tell which addresses have an account.
 */
export async function passwordMatches(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    decoy ??= hash(randomBytes(16).toString('hex'), ARGON2);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
