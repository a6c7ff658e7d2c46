import { useId, useRef, useState } from 'react';
import { useTexts } from './texts';
import { copyText } from './summary';

/** Long enough for a screen reader to notice the status emptied before it is filled again. */
const ANNOUNCE_AGAIN_MS = 100;

/** Copies text with the Clipboard API; if that fails, shows it in a selected read-only text box. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTexts();
  const [state, setState] = useState<'idle' | 'done' | 'fallback'>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  return (
    <div className="copy">
      <button
        type="button"
        className="secondary"
        onClick={async () => {
          // Emptied first, so a second copy (after an edit) is announced again: a status region
          // whose text does not change says nothing.
          setState('idle');
          const ok = await copyText(text);
          setTimeout(() => {
            setState(ok ? 'done' : 'fallback');
            if (!ok) setTimeout(() => box.current?.select(), 0);
          }, ANNOUNCE_AGAIN_MS);
        }}
      >
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'done' ? t('summary.copy.done') : state === 'fallback' ? t('summary.copy.fallback') : ''}
      </span>
      {state === 'fallback' && (
        <>
          <label htmlFor={id} className="visually-hidden">
            {t('summary.copy.fallbackLabel')}
          </label>
          <textarea id={id} ref={box} readOnly value={text} rows={10} className="copy-fallback" />
        </>
      )}
    </div>
  );
}
