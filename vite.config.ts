import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { flowsPlugin } from './src/build/vite-plugin-flows';

export default defineConfig({
  plugins: [react(), flowsPlugin()],
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', sourcemap: true },
});
