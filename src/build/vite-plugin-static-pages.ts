import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { STATIC_PAGES, staticPageLanguage, type StaticPageLang } from '../ui/staticPages';
import { translateStaticPage } from './static-page';

/**
 * Writes the static start page in nynorsk and English (nn.html, en.html) beside index.html, from
 * the built index.html, so the copies load the same hashed script and stylesheet. The service
 * worker precaches them with the other HTML; the dev server serves them the same way. A text
 * index.html names that a language lacks fails the build with its line in index.html.
 */
export function staticPagesPlugin(): Plugin {
  let indexHtml = 'index.html';
  return {
    name: 'tiltakskort-static-pages',
    enforce: 'post',
    configResolved(config) {
      indexHtml = join(config.root, 'index.html');
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0] ?? '';
        const lang = staticPageLanguage(path);
        if (!lang || path !== `/${STATIC_PAGES[lang]}`) return next();
        readFile(indexHtml, 'utf8')
          .then((html) => server.transformIndexHtml(req.url ?? path, html))
          .then((html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(translateStaticPage(html, lang));
          })
          .catch(next);
      });
    },
    // Every text checked when the build starts, before anything is written (a missing one fails the
    // build with its line in index.html and leaves dist/ as it was).
    async buildStart() {
      translations(this, await readFile(indexHtml, 'utf8'));
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return this.error('index.html is not in the build: the static pages are written from it');
        for (const [lang, source] of translations(this, String(index.source))) this.emitFile({ type: 'asset', fileName: STATIC_PAGES[lang], source });
      },
    },
  };
}

/** index.html in each language of its copies; a text it names that a language lacks fails the build, with its line. */
function translations(build: { error(message: string): never }, html: string): [StaticPageLang, string][] {
  return (Object.keys(STATIC_PAGES) as StaticPageLang[]).map((lang) => {
    try {
      return [lang, translateStaticPage(html, lang)];
    } catch (e) {
      return build.error(e instanceof Error ? e.message : String(e));
    }
  });
}
