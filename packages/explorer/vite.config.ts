// Dev: `pnpm --filter @kg/explorer dev` proxies /api to the server (KG_API_URL, default :8080).
import { defineConfig } from 'vite';

export default defineConfig({
  server: { proxy: { '/api': process.env.KG_API_URL ?? 'http://127.0.0.1:8080' } },
  build: { outDir: 'dist', chunkSizeWarningLimit: 1500 },
});
