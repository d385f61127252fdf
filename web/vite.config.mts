import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// During `npm run dev` the API runs on API_PORT (3000 by default); the dev server proxies /graphql to it so that
// the pages and the API share one origin, as they do when the API serves the built pages.
const api = `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;
const proxy = { '/graphql': { target: api, changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { lodash: 'lodash-es' } },
  server: { port: Number(process.env.WEB_PORT ?? 5173), strictPort: true, proxy },
  preview: { proxy },
  build: {
    // Hashed files only under /assets: the API caches them for a year and answers a stale chunk with a 404.
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    // Two pages: the app, and the developers' GraphQL explorer that the API serves at /graphql outside production.
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        explorer: resolve(import.meta.dirname, 'explorer.html'),
      },
    },
    sourcemap: false,
  },
});
