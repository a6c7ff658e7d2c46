import type { i18n as I18n } from 'i18next';
import { aboutEn } from './en';
import { aboutNb } from './nb';
import { aboutNn } from './nn';

/**
 * The statements' strings (#/om/tilgjengelighet, #/om/personvern). They ship with the lazily loaded
 * about chunk, not with the first screen: `ensureAboutStrings` merges them into the app's i18next
 * instance as `about.*` on first use. Typed into i18next's resources in ../i18next.d.ts;
 * tests/ui/about.test.tsx checks that nb, nn and en have the same keys.
 */
export const aboutResources = {
  nb: { about: aboutNb },
  nn: { about: aboutNn },
  en: { about: aboutEn },
};

export type AboutMessages = typeof aboutResources.nb;

const done = new WeakSet<I18n>();

export function ensureAboutStrings(i18n: I18n): void {
  if (done.has(i18n)) return;
  done.add(i18n);
  for (const [lng, bundle] of Object.entries(aboutResources)) i18n.addResourceBundle(lng, 'translation', bundle, true, false);
}
