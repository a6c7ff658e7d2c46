import 'i18next';
import type { AboutMessages } from './about/index';
import type { Messages } from './nb';
import type { TrainerMessages } from './trainer/index';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The trainer's and the statements' strings are merged in when their chunks load
    // (src/i18n/trainer/index.ts, src/i18n/about/index.ts).
    resources: { translation: Messages & TrainerMessages & AboutMessages };
  }
}
