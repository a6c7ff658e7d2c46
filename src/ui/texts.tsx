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
  /** react-i18next's copy of the instance, for the language: a new copy when the language changes. */
  i18n: I18n;
  /**
   * The i18next instance itself, for a TextsProvider of its own (the steps rendered out of sight):
   * its texts are remembered per instance, and a provider given the copy above would remember them
   * apart from the app's (it did: the warm-up's texts were looked up again in the first tap).
   */
  instance: I18n;
}

const TextsContext = createContext<Texts | null>(null);

/**
 * The plain texts (a key, no options) looked up so far, per i18next instance and language.
 * i18next resolves a key afresh on every call — a few dozen calls per step change, measurable in a
 * tap on a slow phone — and its lookup code, first run on the rehearsals' texts, was recompiled in
 * the user's first taps. Shared by every provider of an instance, so the steps rendered out of sight
 * while the start page is read (walk/rehearseRender.tsx) leave their texts here for the real ones.
 * A key not found (its own name comes back) is not remembered: its bundle may be added later.
 */
const looked = new WeakMap<I18n, Map<string, Map<string, unknown>>>();

function remembered(i18n: I18n, lng: string): Map<string, unknown> {
  let byLang = looked.get(i18n);
  if (!byLang) looked.set(i18n, (byLang = new Map()));
  let texts = byLang.get(lng);
  if (!texts) byLang.set(lng, (texts = new Map()));
  return texts;
}

/** `t` that answers from `known` what it has looked up before. */
function remembering(t: TFunction, known: Map<string, unknown>): TFunction {
  const lookUp = t as unknown as (...args: unknown[]) => unknown;
  return ((...args: unknown[]) => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return lookUp(...args);
    if (known.has(key)) return known.get(key);
    const text = lookUp(key);
    if (text !== key) known.set(key, text);
    return text;
  }) as unknown as TFunction;
}

function Subscribe({ instance, children }: { instance: I18n; children: ReactNode }) {
  // react-i18next hands out a new `t` when the language changes: a new `t`, a new language's texts.
  const { t, i18n } = useTranslation();
  const texts = useMemo(() => ({ t: remembering(t, remembered(instance, i18n.language)), i18n, instance }), [t, i18n, instance]);
  return <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
}

/** Gives the components below it their texts from this i18next instance. */
export function TextsProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Subscribe instance={i18n}>{children}</Subscribe>
    </I18nextProvider>
  );
}

/** `t` (and the i18next instance, for the language) for a component under a TextsProvider. */
export function useTexts(): Texts {
  const texts = useContext(TextsContext);
  if (!texts) throw new Error('useTexts: the component is not under a TextsProvider');
  return texts;
}
