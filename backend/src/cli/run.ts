import 'reflect-metadata';
import { StartupError, loadConfig } from '../config/config.js';
import { openDatabase, type Database } from '../database/database.js';
import { DomainError } from '../domain/errors.js';

/** Runs a command-line task against the configured database; prints one line on failure, exit code 1. */
export async function runCli(task: (database: Database, args: string[]) => Promise<string>) {
  try {
    const database = await openDatabase(loadConfig(process.env));
    try {
      process.stdout.write(`${await task(database, process.argv.slice(2))}\n`);
    } finally {
      await database.close();
    }
  } catch (error) {
    const expected = error instanceof StartupError || error instanceof DomainError || error instanceof UsageError;
    process.stderr.write(`${expected ? (error as Error).message : (error as Error).stack}\n`);
    process.exit(1);
  }
}

export class UsageError extends Error {}

/** `--name value` options; flags without a value are `true`. */
export function parseOptions(args: string[]): Record<string, string | true> {
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`Argument inattendu : ${arg}`);
    const next = args[i + 1];
    options[arg.slice(2)] = next === undefined || next.startsWith('--') ? true : (i++, next);
  }
  return options;
}

/** Reads one line from standard input, so a password never appears in the shell history or `ps`. */
export async function readSecretLine(prompt: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  process.stdin.setEncoding('utf8'); // a chunk may end inside a multi-byte character
  let data = '';
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.includes('\n')) break;
  }
  return data.split(/\r?\n/)[0] ?? '';
}
