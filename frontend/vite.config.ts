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

const EARLY = path.resolve(import.meta.dirname, 'src/early.ts');
/** The modules src/early.ts imports, directly or not: a chunk of their own, shared with the application's. */
const earlyModules = new Set<string>();
/** What the pages early.ts starts loading import (but the above): one chunk, not a dozen small ones. */
const earlyPageModules = new Set<string>();

/**
 * src/early.ts as an entry of its own, loaded async from index.html: Vite would otherwise bundle
 * every script of index.html into one entry, and early.ts exists to run before the main one has
 * downloaded; so what it imports is kept out of the application's chunk. Built only: in
 * development the application reads as it goes.
 */
const earlyEntry: Plugin = {
  name: 'early-entry',
  apply: 'build',
  config: () => ({ build: { rolldownOptions: { input: { index: 'index.html', early: EARLY } } } }),
  buildEnd() {
    const collect = (into: Set<string>, from: readonly string[], except: Set<string>) => {
      const pending = [...from];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (into.has(id) || except.has(id)) continue;
        into.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    };
    collect(earlyModules, [EARLY], new Set());
    collect(earlyPageModules, this.getModuleInfo(EARLY)?.dynamicallyImportedIds ?? [], earlyModules);
  },
  transformIndexHtml: {
    order: 'post',
    handler(_html, { bundle }) {
      const early = Object.values(bundle!).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'early');
      if (!early) throw new Error('the early entry was not built');
      return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `/${early.fileName}` }, injectTo: 'head-prepend' }];
    },
  },
};

export default defineConfig({
  plugins: [react(), precompressed, earlyEntry],
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
    rolldownOptions: {
      output: {
        // What early.ts needs, what main.tsx needs at once, and the page early.ts starts loading:
        // one chunk each. Left to itself the bundler cut them into dozens of small chunks shared by
        // various pages, and over HTTP/1.1 a browser asks a server six at a time, each request a
        // round trip on a slow link. The other pages' code is cut as the bundler does.
        codeSplitting: {
          groups: [
            { name: 'early', test: (id) => earlyModules.has(id), priority: 3 },
            { name: 'app', tags: ['$initial'], priority: 2 },
            { name: 'early-page', test: (id) => earlyPageModules.has(id), priority: 1 },
          ],
        },
      },
    },
  },
});
