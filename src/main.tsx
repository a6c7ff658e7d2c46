import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from './i18n/index';
import { App } from './ui/App';
import { registerServiceWorker } from './ui/pwa/register';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  // The static emergency strip and start links in index.html are replaced by the app here.
  createRoot(root).render(
    <StrictMode>
      <App i18n={createI18n()} />
    </StrictMode>,
  );
}

// Offline use and the «new version» prompt (production builds only; see src/ui/pwa/).
registerServiceWorker();
