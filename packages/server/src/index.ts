// Public API of the server package.
export { startServer } from './start-server';
export type { StartServerOptions, RunningServer } from './start-server';
export { createApp } from './app';
export type { AppDeps } from './app';
export { loadConfig } from './config';
export type { ServerConfig } from './config';
