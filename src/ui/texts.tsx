import type { i18n as I18n, TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

/**
 * The interface texts for every component: one `useTranslation` at the top of the tree, handed down
 * by context. react-i18next's hook copies the i18next instance and subscribes to its events in each
 * component that calls it — about 1 ms per component on a slow phone, paid inside the tap that mounts
 * a step. With one subscription, a language change still re-renders every component that reads the
 * texts (the context value changes), and texts added later (the trainer's, the statements') are
 * found, because `t` looks keys up when it is called.
 */
interface Texts {
  t: TFunction;
  i18n: I18n;
}

const TextsContext = createContext<Texts | null>(null);

function Subscribe({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const texts = useMemo(() => ({ t, i18n }), [t, i18n]);
  return <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
}

/** Gives the components below it their texts from this i18next instance. */
export function TextsProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Subscribe>{children}</Subscribe>
    </I18nextProvider>
  );
}

/** `t` (and the i18next instance, for the language) for a component under a TextsProvider. */
export function useTexts(): Texts {
  const texts = useContext(TextsContext);
  if (!texts) throw new Error('useTexts: the component is not under a TextsProvider');
  return texts;
}
