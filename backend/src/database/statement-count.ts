import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

/**
 * Counts the SQL statements each HTTP request runs, so tests and the bench can check that big
 * reads cost a constant number of statements. TypeORM reports every statement to its logger;
 * this one only counts (errors are logged where they are handled).
 */
const requestStatements = new AsyncLocalStorage<{ statements: number }>();

export class StatementCountingLogger implements Logger {
  logQuery() {
    const store = requestStatements.getStore();
    if (store) store.statements++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** Runs `next` (the rest of a request) with its own statement count. */
export const countStatementsOf = (next: () => void) => requestStatements.run({ statements: 0 }, next);

export const statementsSoFar = () => requestStatements.getStore()?.statements ?? null;
