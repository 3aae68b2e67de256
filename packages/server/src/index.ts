// Public API of the server package.
export { startServer } from './start-server';
export type { StartServerOptions, RunningServer } from './start-server';
export { createApp } from './app';
export type { AppDeps } from './app';
export { loadConfig } from './config';
export type { ServerConfig } from './config';
// Server-side image export (headless Chromium), for tests, benches and scripts.
export { renderImage, closeImageRenderer, ImageRendererUnavailable } from './export/image-renderer';
export type { ImageRenderRequest, ImageRenderResponse } from './export/image-renderer';
export { selectSubgraph } from './export/select-subgraph';
// Building blocks for scripts that host the server: its driver settings and extraction threads.
export { createServerDriver, SERVER_DRIVER_CONFIG } from './neo4j/server-driver';
export { createExtractionPool } from './extraction/extraction-pool';
export type { ExtractionPool, ExtractionPoolOptions } from './extraction/extraction-pool';
