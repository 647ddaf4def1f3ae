import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' keeps every asset URL relative, so the same build works at a site root,
// under a sub-path, and inside an iframe on someone else's page.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // React, d3 and the browser gazetteer (≈ 56 KB gzip) belong in the first chunk; map layers load on demand.
    chunkSizeWarningLimit: 900,
  },
});
