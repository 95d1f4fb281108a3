import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The console: Preact with Vite's built-in JSX transform (Oxc), no plugin.
 * `root` is web/, the build goes to web/dist (served by the local stack and uploaded to S3).
 */
const consoleUrl = process.env.APP_URL ?? 'http://localhost:5173';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  // `npm run dev:web`: hot reload; config.json and the development sign-in come from a running `npm start`
  server: {
    port: Number(process.env.CONSOLE_DEV_PORT ?? 5174),
    proxy: Object.fromEntries(['/config.json', '/__dev'].map((path) => [path, consoleUrl])),
  },
});
