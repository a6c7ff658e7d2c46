import { lawKey, sectionNumbers, type LawKey } from './law-names';

export interface Outdated {
  law: LawKey;
  /** The section numbers that are wrong, as sectionNumbers() gives them; empty: the whole act. */
  sections: string[];
  /** What is wrong with it, after the reference («straffeloven § 139 is no longer in force»). */
  says: string;
  instead: string;
}

const REPEALED = 'is no longer in force';

/**
 * References the seed plans make that are no longer (or never were) the right law (domain.md §§ 5
 * and 7). A flow that cites one would send staff to a repealed or wrong rule, so it is an error with
 * the section to use instead. Never a number that is not verified: opplæringslova's is not yet.
 */
export const OUTDATED: Outdated[] = [
  { law: 'straffeloven', sections: ['139'], says: REPEALED, instead: 'straffeloven § 196 (the 1902 act\'s § 139 is repealed)' },
  { law: 'kjonnslemlestelsesloven', sections: [], says: REPEALED, instead: 'straffeloven §§ 284–285 (the FGM act is repealed)' },
  { law: 'barnevernsloven', sections: ['6-4'], says: REPEALED, instead: 'barnevernsloven § 13-2 (the 1992 act\'s § 6-4 is repealed)' },
  { law: 'barnehageloven', sections: ['22'], says: REPEALED, instead: 'barnehageloven § 46' },
  { law: 'opplaringsloven', sections: ['15-3'], says: REPEALED, instead: 'the duty in opplæringslova (2023); cite it without a number until verified' },
  // In force, but the seeds cite it for alerting the police; nothing in these flows informs sosialtjenesten.
  { law: 'helsepersonelloven', sections: ['32'], says: 'is about informing sosialtjenesten, not the police', instead: 'helsepersonelloven § 31 to alert the police' },
];

/** The entry a law and section fall under, if they cite something that is not the law in force. */
export function outdated(law: string, section: string | undefined): Outdated | undefined {
  const key = lawKey(law);
  if (key === undefined) return undefined;
  const numbers = section === undefined ? [] : sectionNumbers(section);
  return OUTDATED.find((o) => o.law === key && (o.sections.length === 0 || o.sections.some((s) => numbers.includes(s))));
}
