import 'i18next';
import type { Messages } from './nb';
import type { TrainerMessages } from './trainer/index';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The trainer's strings are merged in when its chunk loads (src/i18n/trainer/index.ts).
    resources: { translation: Messages & TrainerMessages };
  }
}
