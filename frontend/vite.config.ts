import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backendUrl = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
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
