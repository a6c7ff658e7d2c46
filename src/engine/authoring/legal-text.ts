import { LANGS } from '../../schema/common';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { eachObject, type DataPath } from './each-object';
import { lawKey } from './law-names';
import { outdated } from './outdated-law';

const SECTION = String.raw`§§?\s*\d+[a-z]?(?:\s*[-–‑]\s*\d+[a-z]?)?`;
const WORD = String.raw`[\p{L}.]+`;
/** «straffeloven § 139», «the Penal Code § 139»: up to three words, then the section. */
const LAW_THEN_SECTION = new RegExp(String.raw`((?:${WORD}\s+){0,2}${WORD})\s+(${SECTION})`, 'gu');
/** «§ 139 i straffeloven», «§ 139 of the Penal Code». */
const SECTION_THEN_LAW = new RegExp(String.raw`(${SECTION})\s+(?:i|in|of)\s+(?:the\s+)?(${WORD}(?:\s+${WORD}){0,2})`, 'gu');

/**
 * A sentence that tells the history («erstatter § 139 i straffeloven av 1902», «ikke § 32») names the
 * old section on purpose; the vocabulary's own notes do exactly that.
 */
const TELLS_HISTORY = /erstatt|replac|opphev|repeal|gaml|\bold\b|tidleg|tidlig|former|\b1902\b|\b1992\b|\bikke\b|\bikkje\b|\bnot\b|no longer/i;

/** The act the words name: the whole run of words, or its last (or first) one to three words. */
function lawIn(words: string, fromEnd: boolean): string | undefined {
  const list = words.split(/\s+/);
  for (let n = Math.min(3, list.length); n >= 1; n--) {
    const part = (fromEnd ? list.slice(-n) : list.slice(0, n)).join(' ');
    if (lawKey(part) !== undefined) return part;
  }
  return undefined;
}

function mentions(sentence: string): { law: string; section: string }[] {
  const out: { law: string; section: string }[] = [];
  for (const m of sentence.matchAll(LAW_THEN_SECTION)) {
    const law = lawIn(m[1] ?? '', true);
    if (law) out.push({ law, section: m[2] ?? '' });
  }
  for (const m of sentence.matchAll(SECTION_THEN_LAW)) {
    const law = lawIn(m[2] ?? '', false);
    if (law) out.push({ law, section: m[1] ?? '' });
  }
  return out;
}

/**
 * A text the user reads (a rule's `reason`, an outcome's `text`, a tip) that cites an outdated section
 * by number. A warning, not an error: it is prose, and a sentence may mention the old section to
 * explain what replaced it. Only numbered sections are looked for (a word like «kjønnslemlestelse»
 * names the crime as often as the repealed act), and a legal reference's own `note` and the
 * changelog, which tell history, are left alone.
 */
export function outdatedInText(src: YamlSource, data: unknown): Problem[] {
  const problems: Problem[] = [];
  eachObject(data, (object, path) => {
    if (!isText(object) || tellsHistory(path)) return;
    for (const lang of LANGS) {
      const text = object[lang];
      if (typeof text !== 'string') continue;
      // A sentence ends before a capital letter, not after an abbreviation («hpl. § 32»).
      const found = text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ«"])/).filter((s) => !TELLS_HISTORY.test(s)).flatMap(mentions);
      for (const { law, section } of found) {
        const old = outdated(law, section);
        if (old && old.sections.length > 0) {
          problems.push(src.problem('LEGAL_OUTDATED_IN_TEXT', 'warning', `the text names ${law} ${section.replace(/\s+/g, ' ')}, which ${old.says}: name ${old.instead}`, [...path, lang]));
        }
      }
    }
  });
  return problems;
}

const isText = (object: Record<string, unknown>): boolean => LANGS.some((l) => typeof object[l] === 'string') && Object.keys(object).every((k) => (LANGS as readonly string[]).includes(k));

/** Under a legal reference (its `note`) or the changelog. */
const tellsHistory = (path: DataPath): boolean => path[0] === 'changelog' || path.some((p, i) => p === 'legal' && typeof path[i + 1] === 'number');
