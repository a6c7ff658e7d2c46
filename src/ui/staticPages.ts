/**
 * The static start page in each language. index.html is the bokmål page; the build writes the
 * nynorsk and English pages from it (src/build/vite-plugin-static-pages.ts), so a phone with
 * scripts off, or whose script never arrived, shows the emergency numbers and the choices in the
 * language the person picked. The static language links point to these files; with scripts on,
 * opening one is a language choice like `?lang=nn` (src/main.tsx).
 *
 * Imported by the first screen's script: keep it small and free of other imports.
 */
export const STATIC_PAGES = { nn: 'nn.html', en: 'en.html' } as const;

export type StaticPageLang = keyof typeof STATIC_PAGES;

/** The language a static page's file name stands for (`/kommune/nn.html` → nn), or undefined for index.html. */
export function staticPageLanguage(pathname: string): StaticPageLang | undefined {
  const file = pathname.slice(pathname.lastIndexOf('/') + 1);
  return (Object.keys(STATIC_PAGES) as StaticPageLang[]).find((lang) => STATIC_PAGES[lang] === file);
}

/** The language a static language link chooses: `nn.html`, `en.html` or `./?lang=nb`. */
export function staticLinkLanguage(href: string): string | undefined {
  return /^(?:\.\/)?\?lang=([a-z]{2})$/.exec(href)?.[1] ?? staticPageLanguage(href);
}
