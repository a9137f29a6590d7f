import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API (HTTP and the /collab WebSocket) runs on 8080 in development; the editor is served by Vite. */
const API_ORIGIN = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: API_ORIGIN, changeOrigin: false },
      '/collab': { target: API_ORIGIN, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    // The lazy deed-editor vendor chunk (Tiptap, ProseMirror, Yjs) is about 570 kB before gzip.
    chunkSizeWarningLimit: 600,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            // Only the deed editor (a lazy route) needs these: kept out of the first page load.
            {
              name: 'deed-editor-vendor',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|yjs|y-[a-z]+|lib0|linkifyjs|orderedmap|rope-sequence|w3c-keyname|fast-equals|use-sync-external-store)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
