import { LANGS } from '../../schema/common';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';

const LOCALIZED_KEYS = new Set([
  'title', 'description', 'changelog', 'audience', 'text', 'prompt', 'help', 'label', 'reason',
  'otherwiseReason', 'note', 'who', 'when', 'vignette', 'name', 'tips', 'examples', 'callers',
]);

/**
 * Find every localized text and report the languages it lacks. A localized text is an object whose
 * keys are all language codes; conditions (which share the key `when`) never look like that.
 */
export function missingTranslations(src: YamlSource, data: unknown): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[], localizedSlot: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i], localizedSlot));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const keys = Object.keys(value);
    // An empty `when: {}` under a rule is an empty condition, for the schema to report: not a text.
    const emptyCondition = path.at(-1) === 'when' && path.at(-3) === 'rules';
    const isLocalized = keys.length > 0 ? keys.every((k) => (LANGS as readonly string[]).includes(k)) : localizedSlot && !emptyCondition;
    if (isLocalized) {
      const missing = LANGS.filter((l) => {
        const t = (value as Record<string, unknown>)[l];
        return typeof t !== 'string' || t.trim() === '';
      });
      if (missing.length > 0) problems.push(src.problem('MISSING_TRANSLATION', 'error', `text is missing in ${missing.join(', ')}`, path));
      return;
    }
    for (const k of keys) visit((value as Record<string, unknown>)[k], [...path, k], LOCALIZED_KEYS.has(k));
  };
  visit(data, [], false);
  return problems;
}

/**
 * The schema's own complaint about an empty language («"en" is empty») where MISSING_TRANSLATION
 * already names that text: one mistake, said once, by the check that says what to do.
 */
export function withoutTranslationEchoes(schema: Problem[], texts: Problem[]): Problem[] {
  const missing = new Set(texts.filter((p) => p.code === 'MISSING_TRANSLATION').map((p) => JSON.stringify(p.path)));
  return schema.filter((p) => !((LANGS as readonly unknown[]).includes(p.path.at(-1)) && missing.has(JSON.stringify(p.path.slice(0, -1)))));
}
