import { memo, useState, useSyncExternalStore } from 'react';
import { useTexts } from '../texts';
import { appUpdates, type Updater } from './updates';

/**
 * «En ny versjon er klar – Oppdater»: shown when a new version has been deployed and installed in
 * the background. The page never reloads by itself (a walk may be under way); the user taps when it
 * suits them. The live region is always in the page, so its text is announced when it appears.
 */
export const UpdatePrompt = memo(function UpdatePrompt({ updater = appUpdates }: { updater?: Updater }) {
  const { t } = useTexts();
  const ready = useSyncExternalStore(updater.subscribe, updater.isReady, () => false);
  const [busy, setBusy] = useState(false);
  return (
    <div className={ready ? 'update-prompt' : 'update-prompt-idle'}>
      <p role="status" className="update-prompt-text">
        {ready && (
          <>
            <strong>{t('pwa.update.text')}</strong> {t('pwa.update.note')}
          </>
        )}
      </p>
      {ready && (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            updater.update();
          }}
        >
          {busy ? t('pwa.update.busy') : t('pwa.update.button')}
        </button>
      )}
    </div>
  );
});
