import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHintsPlugin } from './src/build/vite-plugin-compile-hints';
import { flowsPlugin } from './src/build/vite-plugin-flows';
import { staticPagesPlugin } from './src/build/vite-plugin-static-pages';

/** The accent blue of src/ui/styles.css: the installed app's title bar and splash. */
const THEME = '#0a4b83';

export default defineConfig({
  plugins: [
    react(),
    flowsPlugin(),
    // The app's shell and the walk: compiled as they load, not in the user's first taps.
    compileHintsPlugin(['src/boot.tsx', 'src/ui/FlowRunner.tsx']),
    // The static start page in nynorsk and English (nn.html, en.html), for a phone without scripts.
    staticPagesPlugin(),
    // Offline: a service worker (src/ui/pwa/sw.ts, built to /sw.js) precaches the app shell and every
    // compiled flow, scenario and contact profile; /flows/* is network-first so republished flows
    // still arrive. Registered from a module (src/ui/pwa/register.ts), never an inline script (CSP);
    // a new version waits until the user taps «Oppdater» (src/ui/pwa/UpdatePrompt.tsx).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/ui/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Tiltakskort',
        short_name: 'Tiltakskort',
        description: 'Hva gjør jeg ved mistanke om vold? Nødnumre, hva du skal gjøre, hvem som gjør det og når.',
        lang: 'nb',
        dir: 'ltr',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: THEME,
        icons: [
          { src: 'icons/tiltakskort-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/tiltakskort-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/tiltakskort-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The app shell and, from the flows plugin's output, every flow version, scenario library and
        // contact profile: after the first visit everything works without a network. (The manifest and
        // its icons are added by the plugin itself.)
        globPatterns: ['**/*.{js,css,html}', 'flows/**/*.json'],
        // One classic script at /sw.js: no imports at run time, any browser with service workers.
        rollupFormat: 'iife',
      },
      // The dev server never registers a worker (register.ts checks import.meta.env.PROD too).
      devOptions: { enabled: false },
    }),
  ],
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', sourcemap: true },
});
