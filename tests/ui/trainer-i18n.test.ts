import { describe, expect, it } from 'vitest';
import nb from '../../src/i18n/nb';
import { trainerResources } from '../../src/i18n/trainer/index';
import { expectSameKeysInEveryLanguage, leaves } from './i18n-bundles';


// The trainer's strings ship with its lazily loaded chunk (src/i18n/trainer/); the same rules as i18n.test.tsx.
describe('trainer strings', () => {
  it('every key exists in nb, nn and en, non-empty, with the same placeholders, and reads component.feature.type', () => {
    expectSameKeysInEveryLanguage(trainerResources, { depth: 3 });
  });

  it('does not redefine a key of the main bundle (they are merged into it)', () => {
    const main = leaves(nb);
    for (const key of leaves(trainerResources.nb).keys()) expect(main.has(key), key).toBe(false);
  });
});
