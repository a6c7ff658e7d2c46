import { Fragment, type ReactNode } from 'react';
import type { LegalRef, Localized } from '../engine/index';
import { lawName, pick } from '../i18n/index';
import type { Lang } from '../engine/index';
import { useTexts } from './texts';

/**
 * Norwegian phone numbers as flow texts write them: 112/113/110, 02800, 116 xxx, 800 xx xxx,
 * 8 digits in pairs (32 08 53 10) or 3-2-3 (452 33 104). Never a § number or a year.
 */
const PHONE = /(?<![\d§] ?)(?:116 ?\d{3}|800 ?\d{2} ?\d{3}|02800|\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3}|11[023])(?!\d)/g;

export const telHref = (number: string): string => `tel:${number.replace(/\D/g, '')}`;

/** Punctuation right after a number, kept on its line: the link is an inline block, which a line may break after. */
const TRAILING = /^[.,;:!?)]+/;

/**
 * «Ring», «ringe», «ringje», «call» … earlier in the same sentence: the words around the link already
 * say what it does, and a hidden «Ring» would be read twice («Ring politiet på Ring 02800»).
 */
const CALL_EARLIER_IN_SENTENCE = /\b(ring|call)[a-zæøå]*\b[^.!?]*$/i;

/**
 * Turns the phone numbers in a text into tap-to-call links. A number whose sentence does not already
 * say «ring» before it starts its link with `callWord` («Ring»), hidden from view, so that in a list of
 * links a screen reader reads «Ring 116 111», not a bare number (WCAG 2.4.4); the emergency strip does
 * the same. The space after the word is outside the hidden span so every browser puts it in the name;
 * on screen it starts the link and collapses.
 */
export function linkifyPhones(text: string, callWord: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(PHONE)) {
    const at = m.index;
    if (at > last) out.push(text.slice(last, at));
    const link = (
      <a key={at} href={telHref(m[0])} className="tel">
        {!CALL_EARLIER_IN_SENTENCE.test(text.slice(0, at)) && <><span className="visually-hidden">{callWord}</span> </>}
        {m[0]}
      </a>
    );
    const trailing = TRAILING.exec(text.slice(at + m[0].length))?.[0] ?? '';
    out.push(
      trailing ? (
        <span key={at} className="tel-nowrap">
          {link}
          {trailing}
        </span>
      ) : (
        link
      ),
    );
    last = at + m[0].length + trailing.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Paragraphs (blank-line separated) with tap-to-call numbers. */
export function RichText({ text, className }: { text: string; className?: string }) {
  const { t } = useTexts();
  const callWord = t('phone.call.prefix');
  const paras = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paras.map((p, i) => (
        <p key={i} className={className}>
          {linkifyPhones(p.trim(), callWord)}
        </p>
      ))}
    </>
  );
}

/** «straffelova § 196»: the law as the reader's language writes it, and the section. */
export function legalName(ref: LegalRef, lang: Lang): string {
  return [lawName(ref.law, lang), ref.section].filter(Boolean).join(' ');
}

export function legalText(ref: LegalRef, lang: Lang, checkedWord: (date: string) => string): string {
  const head = legalName(ref, lang);
  return ref.checked ? `${head} (${checkedWord(ref.checked)})` : head;
}

export function Loc({ text, lang }: { text: Localized | undefined; lang: Lang }) {
  return <Fragment>{pick(text, lang)}</Fragment>;
}

/**
 * The engine de-duplicates references by their whole content, so the same section can come twice
 * (once with a note, once without). Show each law + section once, keeping a note where there is one.
 */
export function mergeLegal(refs: LegalRef[]): LegalRef[] {
  const byKey = new Map<string, LegalRef>();
  for (const ref of refs) {
    const key = `${ref.law}|${ref.section ?? ''}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, ref);
    else byKey.set(key, { ...seen, ...(seen.note ? {} : ref.note ? { note: ref.note } : {}), ...(seen.url ? {} : ref.url ? { url: ref.url } : {}) });
  }
  return [...byKey.values()];
}

