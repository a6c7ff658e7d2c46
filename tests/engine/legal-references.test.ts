import { describe, expect, it, vi, afterEach } from 'vitest';
import { loadFlow, loadFlowProject } from '../../src/engine/authoring';
import { read, TODAY, vocabulary } from './helpers';

const TWIN = 'tests/fixtures/valid-twins/legal-outdated.yaml';
const CURRENT = '{ law: straffeloven, section: "§ 196", checked: 2026-11-23 }';
const twin = read(TWIN);

/** The problem codes of the little flow citing `ref` where the twin cites straffeloven § 196. */
function codesCiting(ref: string, today = TODAY): string[] {
  expect(twin).toContain(CURRENT);
  return loadFlow(TWIN, twin.replace(CURRENT, ref), undefined, { today }).problems.map((p) => p.code);
}

describe('a reference to a section that is not the law to cite (domain.md §§ 5, 7)', () => {
  it.each([
    // straffeloven § 139 (1902) → § 196, in bokmål, nynorsk, abbreviated, the 1902 act's own name, English
    ['straffeloven', '§ 139'], ['straffelova', '§ 139'], ['Straffeloven', '§139'], ['straffeloven', '139'],
    ['strl.', '§ 139'], ['strl', '139'], ['straffeloven (1902)', '§ 139 første ledd'], ['Almindelig borgerlig Straffelov', '§ 139'],
    ['Penal Code', '§ 139'], ['straffelova', '§§ 139 og 196'],
    // the repealed act against FGM → straffeloven §§ 284–285
    ['lov om forbud mot kjønnslemlestelse', '§ 1'], ['kjønnslemlestelsesloven', '§ 1'], ['lov om forbod mot kjønnslemlesting', '§ 1'],
    // barnevernloven § 6-4 (1992) → barnevernsloven § 13-2
    ['barnevernloven', '§ 6-4'], ['barnevernsloven', '§ 6-4'], ['barnevernlova', '§ 6-4'], ['barnevernslova', '6-4'],
    ['bvl.', '§ 6-4'], ['barnevernloven', '§ 6–4'], ['barnevernloven', '§ 6 - 4 annet ledd'], ['Child Welfare Act', '§ 6-4'],
    // barnehageloven § 22 → § 46
    ['barnehageloven', '§ 22'], ['barnehagelova', '§ 22'], ['bhl.', '22'],
    // opplæringsloven § 15-3 (the old act)
    ['opplæringsloven', '§ 15-3'], ['opplæringslova', '§ 15-3'], ['oppll.', '§ 15-3'],
    // helsepersonelloven § 32 is about sosialtjenesten; alerting the police is § 31
    ['helsepersonelloven', '§ 32'], ['helsepersonellova', '§ 32'], ['hpl.', '§ 32'], ['hpl', '32'], ['helsepersonell-loven', '§ 32'],
  ])('refuses %s %s', (law, section) => {
    expect(codesCiting(`{ law: "${law}", section: "${section}", checked: 2026-11-23 }`)).toEqual(['LEGAL_OUTDATED']);
  });

  it.each([
    ['straffeloven', '§ 196'], ['straffelova', '§ 196'], ['strl.', '§§ 282–283'], ['straffeloven', '§§ 284–285'], ['straffeloven', '§ 253'],
    ['barnevernsloven', '§ 13-2'], ['barnevernslova', '§ 13-2'], ['bvl.', '§ 16-4'], ['barnehageloven', '§ 46'], ['barnehagelova', '§ 22a'],
    ['helsepersonelloven', '§ 31'], ['helsepersonellova', '§ 33'], ['hpl.', '§ 320'], ['straffeloven', '§ 1390'], ['straffeloven', '§ 22'],
  ])('accepts %s %s', (law, section) => {
    expect(codesCiting(`{ law: "${law}", section: "${section}", checked: 2026-11-23 }`)).toEqual([]);
  });

  // Found by the fuzz test (tests/engine/fuzz.test.ts): a list here made the check throw.
  it.each(['[]', '[§ 139]', '{ nr: 139 }'])('leaves a section written as %s to the schema, without failing itself', (section) => {
    const codes = codesCiting(`{ law: straffeloven, section: ${section}, checked: 2026-11-23 }`);
    expect(codes).not.toContain('INTERNAL');
    expect(codes).toContain('SCHEMA');
  });

  it('names what to cite instead, at the section', () => {
    const [p] = loadFlow(TWIN, twin.replace(CURRENT, '{ law: hpl., section: "§ 32", checked: 2026-11-23 }'), undefined, { today: TODAY }).problems;
    expect(p).toMatchObject({ code: 'LEGAL_OUTDATED', line: 54, column: 37 });
    expect(p?.message).toBe('hpl. § 32 is about informing sosialtjenesten, not the police: use helsepersonelloven § 31 to alert the police');
  });
});

describe('a text that names an outdated section', () => {
  const REASON = 'reason: { nb: Barnet er redd for å gå hjem., nn: Barnet er redd for å gå heim., en: The child is afraid to go home. }';
  const codesSaying = (nb: string): string[] => {
    expect(twin).toContain(REASON);
    return loadFlow(TWIN, twin.replace(REASON, `reason: { nb: "${nb}", nn: Barnet er redd., en: The child is afraid. }`), undefined, { today: TODAY }).problems.map((p) => p.code);
  };

  it.each(['Du har plikt etter straffeloven § 139.', 'Plikten står i § 139 i straffelova.', 'Meld etter barnevernloven § 6-4.', 'Varsle politiet etter hpl. § 32.'])('warns for «%s»', (nb) => {
    expect(codesSaying(nb)).toEqual(['LEGAL_OUTDATED_IN_TEXT']);
  });

  it.each(['Plikten erstatter § 139 i straffeloven av 1902.', 'Plikten står i helsepersonelloven § 31 – ikke § 32.', 'Du har plikt etter straffeloven § 196.', 'Kjønnslemlestelse er straffbart.'])('lets «%s» be', (nb) => {
    expect(codesSaying(nb)).toEqual([]);
  });
});

describe('the checked and effective dates', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([['2026-02-30', 'INVALID_DATE'], ['2026-13-01', 'INVALID_DATE'], ['2024-02-29', 'LEGAL_STALE'], ['2025-12-03', []], ['2025-12-02', 'LEGAL_STALE'], ['2026-12-03', []], ['2026-12-04', 'CHECKED_IN_FUTURE']])('checked: %s gives %j on 2026-12-03', (date, code) => {
    expect(codesCiting(`{ law: straffeloven, section: "§ 196", checked: ${date} }`)).toEqual([code].flat());
  });

  it('measures from the real date when no today is given, as the CLI and the build do', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2028-01-15T12:00:00Z'));
    const { problems } = loadFlowProject(vocabulary(), [{ path: TWIN, text: twin }], undefined);
    expect(problems.map((p) => `${p.code} ${p.file}:${p.line}`)).toContain(`LEGAL_STALE ${TWIN}:54`);
  });

  it('checks the vocabulary\'s references too', () => {
    const broken = read('flows/vocabulary.yaml').replace(/checked: 2026-11-23/, 'checked: 2062-11-23');
    const { problems } = loadFlowProject({ path: 'flows/vocabulary.yaml', text: broken }, [], undefined, undefined, { today: TODAY });
    expect(problems.map((p) => p.code)).toEqual(['CHECKED_IN_FUTURE']);
  });
});
