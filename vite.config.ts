import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    // One local bundle, loaded from disk: splitting it would buy nothing.
    chunkSizeWarningLimit: 1024,
    // No inline scripts or eval: the CSP forbids them.
    modulePreload: { polyfill: false },
  },
});
