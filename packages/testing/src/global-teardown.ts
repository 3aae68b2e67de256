import { rmSync } from 'node:fs';

/** jest globalTeardown: stops the embedded Neo4j started by global-setup and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__KG_TEST_NEO4J__;
  if (!state) return;
  await state.running.stop();
  rmSync(state.dataDir, { recursive: true, force: true });
  globalThis.__KG_TEST_NEO4J__ = undefined;
}
