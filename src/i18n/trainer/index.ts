import type { i18n as I18n } from 'i18next';
import { planEn, trainerEn } from './en';
import { planNb, trainerNb } from './nb';
import { planNn, trainerNn } from './nn';

/**
 * The trainer pages' and the plan's strings (issue 5). They ship with those lazily loaded chunks, not
 * with the first screen: `ensureTrainerStrings` merges them into the app's i18next instance on first use.
 * Typed into i18next's resources in ../i18next.d.ts; tests/ui/trainer-i18n.test.ts checks completeness.
 */
export const trainerResources = {
  nb: { trainer: trainerNb, plan: planNb },
  nn: { trainer: trainerNn, plan: planNn },
  en: { trainer: trainerEn, plan: planEn },
};

export type TrainerMessages = typeof trainerResources.nb;

const done = new WeakSet<I18n>();

export function ensureTrainerStrings(i18n: I18n): void {
  if (done.has(i18n)) return;
  done.add(i18n);
  for (const [lng, bundle] of Object.entries(trainerResources)) i18n.addResourceBundle(lng, 'translation', bundle, true, false);
}
