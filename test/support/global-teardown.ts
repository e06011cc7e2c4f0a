import type { FreshDatabase, TestServer } from './server';

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__MUTUALIS__ as
    | { server: TestServer; database: FreshDatabase }
    | undefined;
  if (!state) return;
  await state.server.stop();
  await state.database.drop();
}
