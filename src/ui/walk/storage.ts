import type { WalkRecord } from '../../engine/index';

/**
 * The only thing about a walk kept anywhere: the answer ids, in sessionStorage, so a reload can
 * resume. Nothing a user writes is stored.
 */
export const WALK_STORAGE_KEY = 'tiltakskort.walk';

export function saveRecord(record: WalkRecord): void {
  try {
    sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify(record));
  } catch {
    /* storage unavailable: the walk just will not survive a reload */
  }
}

export function readRecord(): WalkRecord | undefined {
  try {
    const raw = sessionStorage.getItem(WALK_STORAGE_KEY);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<WalkRecord>;
    if (typeof v.flow !== 'string' || typeof v.version !== 'string' || typeof v.hash !== 'string' || !Array.isArray(v.steps)) return undefined;
    return v as WalkRecord;
  } catch {
    return undefined;
  }
}

export function clearRecord(): void {
  try {
    sessionStorage.removeItem(WALK_STORAGE_KEY);
  } catch {
    /* nothing to clear */
  }
}
