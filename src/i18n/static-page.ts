import type { Lang } from '../engine/index';

/**
 * Texts only the static start page has (index.html and the nn.html / en.html the build writes from
 * it: src/build/static-page.ts). The app never shows them, so they are not in its bundle. Every other
 * text on the static page is the app's own (nb.ts, nn.ts, en.ts), named by `data-i18n` in index.html.
 */
export const staticPageTexts: Record<Lang, { staticPage: Record<'noscript' | 'description', { text: string }> }> = {
  nb: {
    staticPage: {
      noscript: { text: 'Veilederne trenger JavaScript, som er slått av her. Nødnumrene over virker uten: trykk på et nummer for å ringe.' },
      description: { text: 'Tiltakskort: hva gjør jeg ved mistanke om vold? Nødnumre, hva du skal gjøre, hvem som gjør det og når.' },
    },
  },
  nn: {
    staticPage: {
      noscript: { text: 'Rettleiarane treng JavaScript, som er slått av her. Naudnummera over verkar utan: trykk på eit nummer for å ringje.' },
      description: { text: 'Tiltakskort: kva gjer eg ved mistanke om vald? Naudnummer, kva du skal gjere, kven som gjer det og når.' },
    },
  },
  en: {
    staticPage: {
      noscript: { text: 'The guides need JavaScript, which is turned off here. The emergency numbers above work without it: tap a number to call.' },
      description: { text: 'Tiltakskort: what do I do when I suspect violence? Emergency numbers, what to do, who does it and when.' },
    },
  },
};
