/**
 * What the end-to-end tests and the benchmark stand on: a fresh `vite build` of the explorer,
 * the real server (startServer) serving it over the test database, and Debian's headless
 * Chromium driven by playwright-core. Paths come from process.cwd() (jest runs from the root).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser } from 'playwright-core';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { startServer, type RunningServer } from '@kg/server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Builds the explorer into a fresh temporary folder and returns it (about 6 s). */
export function buildExplorer(): string {
  const pkg = join(findRepoRoot(process.cwd()), 'packages', 'explorer');
  const outDir = mkdtempSync(join(tmpdir(), 'kg-explorer-dist-'));
  const vite = join(pkg, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: pkg, stdio: 'pipe' });
  return outDir;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export function serveExplorer(driver: Driver, explorerDir: string): Promise<RunningServer> {
  return startServer({ driver, port: 0, host: '127.0.0.1', explorerDir, logRequests: false });
}
