import leven from 'leven';

/**
 * The candidate an author most likely meant by a misspelt name ("earlier-reprot" → "earlier-report",
 * "barnevernsvakt" → "barnevernvakt"), for «did you mean …?» in a problem's message: the nearest by
 * edit distance, within a few letters for the word's length, else one that contains or is contained in it.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const all = [...candidates];
  const limit = Math.max(2, Math.floor(lower.length / 4));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of all) {
    const distance = leven(lower, candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? all.find((c) => lower !== '' && (c.includes(lower) || lower.includes(c)));
}

/** « (did you mean "next"?)», to end a problem's message, or '' when no candidate is near. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  return meantSuffix(closest(word, candidates));
}

/** The same words for a guess found another way (an answer value, closestAnswer); '' for none. */
export function meantSuffix(meant: string | undefined): string {
  return meant ? ` (did you mean "${meant}"?)` : '';
}
