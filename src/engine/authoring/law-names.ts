/**
 * Which act a legal reference means, however it is spelt. Advisers write the bokmål name, the
 * nynorsk name (Lovdata's own for some acts), the common abbreviation or the long title, so a check
 * that only knew «straffeloven» would let «straffelova § 139» or «strl. § 139» through.
 */
export type LawKey = 'straffeloven' | 'barnevernsloven' | 'barnehageloven' | 'opplaringsloven' | 'helsepersonelloven' | 'kjonnslemlestelsesloven';

/** Tested against the name in lower case with spaces, dots and hyphens taken out. */
const NAMES: [LawKey, RegExp][] = [
  // The repealed act against FGM first: «lov om forbud mot kjønnslemlestelse» is not straffeloven.
  ['kjonnslemlestelsesloven', /kjønnslemlest|fgmact|femalegenitalmutilationact/],
  ['straffeloven', /^(straffelov|strl$|almindeligborgerligstraffelov|lovomstraff|(the)?(general(civil)?)?penalcode)/],
  ['barnevernsloven', /^(barnevern(s)?lov|bvl$|lovombarnevern|(the)?childwelfareact)/],
  ['barnehageloven', /^(barnehagelov|bhl$|bhgl$|lovombarnehager|(the)?kindergartenact)/],
  ['opplaringsloven', /^(opplæringslov|oppll$|opplæringsl$|lovomgrunnskolen|lovomopplæring|(the)?educationact)/],
  ['helsepersonelloven', /^(helsepersonel+ov|hpl$|lovomhelsepersonell|(the)?healthpersonnelact)/],
];

const squeeze = (name: string): string => name.toLowerCase().replace(/\([^)]*\)/g, '').replace(/[\s.\-–‑_]+/g, '');

/** The act a law name stands for, or undefined for an act no check knows. */
export function lawKey(name: string): LawKey | undefined {
  const s = squeeze(name);
  // «straffeloven (kjønnslemlestelse)» is the current act with a reminder: the parenthesis is dropped above.
  return NAMES.find(([, re]) => re.test(s))?.[0];
}

/**
 * The section numbers a `section` field names, as "139" or "6-4": with or without §, §§, a dash of
 * any kind, «første ledd», «nr. 2», «bokstav a» or «(1)» after it. «§§ 282–283» names both ends.
 */
export function sectionNumbers(section: string): string[] {
  // After «§§» a dash joins two sections (§§ 282–283); after «§» it joins chapter and section (§ 13-2).
  const range = section.includes('§§');
  const plain = section
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(første|andre|annet|anna|tredje|fjerde|femte|sjette|\d+\.)\s+(ledd|punktum)\b/g, ' ')
    .replace(/\b(nr|bokstav|ledd|punktum)\.?\s*\w+/g, ' ');
  const numbers = [...plain.matchAll(/(?<![\d\-–‑])(\d+[a-z]?)(?:\s*[-–‑]\s*(\d+[a-z]?))?(?![\d])/g)];
  return numbers.flatMap((m) => (m[2] === undefined ? [m[1] ?? ''] : range ? [m[1] ?? '', m[2]] : [`${m[1]}-${m[2]}`]));
}
