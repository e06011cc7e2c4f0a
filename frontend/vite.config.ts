import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin as PostcssPlugin } from 'postcss';
import { defineConfig, type Plugin } from 'vite';

const backendUrl = 'http://localhost:3000';

/**
 * Cunningham's stylesheet blocks the first paint and carries every theme's variables; the
 * application only uses the default theme (App.tsx sets none), so the others' rules are dropped:
 * the dark theme alone was 29 KB of it.
 */
const onlyDefaultCunninghamTheme: PostcssPlugin = {
  postcssPlugin: 'only-default-cunningham-theme',
  Rule(rule) {
    if (rule.selectors.every((selector) => /\.cunningham-theme--(?!default\b)/.test(selector))) rule.remove();
  },
};

/**
 * Each script and stylesheet also written compressed at the highest levels, served as they are
 * (the server's `preCompressed`): brotli at level 11 is a sixth smaller than on-the-fly gzip, which
 * is a sixth less to download before the first paint on a slow link, and costs the server nothing
 * per request. Fonts are woff2, compressed already.
 */
const precompressed: Plugin = {
  name: 'precompressed-assets',
  apply: 'build',
  writeBundle(options, bundle) {
    for (const fileName of Object.keys(bundle).filter((name) => /\.(js|css)$/.test(name))) {
      const file = path.join(options.dir!, fileName);
      const content = fs.readFileSync(file);
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
    }
  },
};

export default defineConfig({
  plugins: [react(), precompressed],
  css: { postcss: { plugins: [onlyDefaultCunninghamTheme] } },
  resolve: {
    alias: {
      // The costing engine is framework-free TypeScript shared with the backend.
      '@mutualis/domain': decodeURIComponent(new URL('../backend/src/domain', import.meta.url).pathname),
    },
  },
  server: {
    proxy: {
      '/graphql': backendUrl,
      '/api': backendUrl,
      '/health': backendUrl,
      '/exports': backendUrl,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
