import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Lang } from '../engine/index';
import en from '../i18n/en';
import nb from '../i18n/nb';
import nn from '../i18n/nn';
import { staticPageTexts } from '../i18n/static-page';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const TEXTS: Record<Lang, object[]> = {
  nb: [staticPageTexts.nb, nb],
  nn: [staticPageTexts.nn, nn],
  en: [staticPageTexts.en, en],
};

/**
 * The static start page (index.html, bokmål) in another language, for the copies the build writes
 * (nn.html, en.html). index.html names each text by the key the app uses for it:
 *
 *   <h1 data-i18n="start.heading.title">…</h1>                  the element's text
 *   <nav aria-label="…" data-i18n-aria-label="emergency.strip.label">   an attribute's value
 *
 * Only those texts, `<html lang>` and which language link is `aria-current` change; the rest of
 * the file is kept byte for byte, so the copies have the same scripts, styles and links.
 * Throws a `file:line:column` message for a key that names no text or an element that holds
 * markup where a text should be.
 */
export function translateStaticPage(html: string, lang: Lang, file = 'index.html'): string {
  // Scripting off: the parser then reads <noscript>'s content as elements, whose texts change too.
  const doc = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const edits: Edit[] = [];
  const fail = (el: Element, what: string): never => {
    const at = el.sourceCodeLocation;
    throw new Error(`${file}:${at?.startLine ?? 0}:${at?.startCol ?? 0}: ${what}`);
  };
  const text = (el: Element, key: string): string => {
    const found = lookUp(TEXTS[lang], key);
    return found ?? fail(el, `"${key}" is not a text in src/i18n/${lang}.ts or src/i18n/static-page.ts`);
  };

  for (const el of elements(doc)) {
    const loc = el.sourceCodeLocation;
    if (!loc) continue;
    if (el.tagName === 'html') edits.push(replaceAttribute(el, 'lang', lang, fail));
    for (const attr of el.attrs) {
      if (attr.name === 'data-i18n') {
        if (el.childNodes.some((c) => c.nodeName !== '#text')) fail(el, `an element with data-i18n="${attr.value}" must hold only its text`);
        if (!loc.endTag) fail(el, `<${el.tagName} data-i18n="${attr.value}"> needs an end tag`);
        edits.push({ from: loc.startTag!.endOffset, to: loc.endTag!.startOffset, insert: escapeText(text(el, attr.value)) });
      } else if (attr.name.startsWith('data-i18n-')) {
        edits.push(replaceAttribute(el, attr.name.slice('data-i18n-'.length), escapeAttribute(text(el, attr.value)), fail));
      }
    }
    // The language links: the page's own language is the current one.
    if (el.tagName === 'a' && isInLanguageSwitch(el)) {
      const current = el.attrs.some((a) => a.name === 'aria-current');
      const linkLang = el.attrs.find((a) => a.name === 'lang')?.value;
      if (current && linkLang !== lang) edits.push(removeAttribute(el, 'aria-current'));
      if (!current && linkLang === lang) edits.push({ from: loc.startTag!.endOffset - 1, to: loc.startTag!.endOffset - 1, insert: ' aria-current="true"' });
    }
  }
  // From the end of the file back, so each edit's offsets still hold.
  return edits.sort((a, b) => b.from - a.from).reduce((out, e) => out.slice(0, e.from) + e.insert + out.slice(e.to), html);
}

interface Edit {
  from: number;
  to: number;
  insert: string;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  // <template> keeps its children apart; the static page has none, but do not skip them silently.
  if ('content' in node) yield* elements(node.content as Node);
}

function isInLanguageSwitch(el: Element): boolean {
  for (let p = el.parentNode; p && 'tagName' in p; p = p.parentNode) {
    if (p.attrs.some((a) => a.name === 'class' && a.value.split(/\s+/).includes('lang-switch'))) return true;
  }
  return false;
}

function replaceAttribute(el: Element, name: string, value: string, fail: (el: Element, what: string) => never): Edit {
  const at = el.sourceCodeLocation?.attrs?.[name];
  if (!at) return fail(el, `<${el.tagName}> has no ${name} attribute to put the text in`);
  return { from: at.startOffset, to: at.endOffset, insert: `${name}="${value}"` };
}

function removeAttribute(el: Element, name: string): Edit {
  const at = el.sourceCodeLocation!.attrs![name]!;
  return { from: at.startOffset - 1, to: at.endOffset, insert: '' }; // with the space before it
}

function lookUp(sources: object[], key: string): string | undefined {
  for (const source of sources) {
    let node: unknown = source;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node === 'string') return node;
  }
  return undefined;
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
