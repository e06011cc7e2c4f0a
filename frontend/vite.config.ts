import react from '@vitejs/plugin-react';
import type { Plugin } from 'postcss';
import { defineConfig } from 'vite';

const backendUrl = 'http://localhost:3000';

/**
 * Cunningham's stylesheet blocks the first paint and carries every theme's variables; the
 * application only uses the default theme (App.tsx sets none), so the others' rules are dropped:
 * the dark theme alone was 29 KB of it.
 */
const onlyDefaultCunninghamTheme: Plugin = {
  postcssPlugin: 'only-default-cunningham-theme',
  Rule(rule) {
    if (rule.selectors.every((selector) => /\.cunningham-theme--(?!default\b)/.test(selector))) rule.remove();
  },
};

export default defineConfig({
  plugins: [react()],
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
