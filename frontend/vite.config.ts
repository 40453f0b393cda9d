/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // '@/…' imports point into src/ (the paths of tsconfig.app.json).
  resolve: { tsconfigPaths: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  // The manifest tells `npm run size` which chunks the first page loads.
  build: { manifest: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // user-event flows in jsdom take seconds on a busy CI machine; 5 s (the default) flakes there
    testTimeout: 20_000,
  },
});
