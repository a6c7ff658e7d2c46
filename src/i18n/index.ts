import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang, Localized } from '../engine/index';
import en from './en';
import nb, { type Messages } from './nb';
import nn from './nn';

export type { Messages };
export const resources = { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } } as const;
export const UI_LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** The language choice, in localStorage (beside the contact profile and workplace ids: src/ui/settings/storage.ts). */
export const LANG_STORAGE_KEY = 'tiltakskort.lang';

/** A law's short name as `lang` writes it («straffelova» in nynorsk); a law without a translation keeps its own. */
export function lawName(law: string, lang: Lang): string {
  const names: Record<string, string> = resources[lang].translation.law.names;
  return names[law] ?? law;
}

export function isLang(x: unknown): x is Lang {
  return x === 'nb' || x === 'nn' || x === 'en';
}

export function storedLang(): Lang | undefined {
  try {
    const v = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** `<html lang>` follows the language; the choice is remembered in localStorage. */
function applyLang(lang: string): void {
  if (!isLang(lang)) return;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice is simply not remembered */
  }
}

/** A fresh i18next instance (one per app, one per test), initialised synchronously from bundled resources. */
export function createI18n(lang: Lang = storedLang() ?? 'nb'): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: 'nb',
    supportedLngs: ['nb', 'nn', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  instance.on('languageChanged', applyLang);
  return instance;
}

/** Pick the text for a language from flow data; fall back to bokmål, then any language present. */
export function pick(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.nb ?? text.nn ?? text.en ?? '';
}

/**
 * Locales for dates and times, most wanted first. Chromium ships no nynorsk date data, and Intl then
 * falls back to the browser's own language (an English date in a nynorsk summary): bokmål's long
 * date («3. desember 2026 kl. 12:15») reads the same in nynorsk.
 */
export const LOCALES: Record<Lang, string[]> = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };
