import { ROLES, type Role } from '../../engine/index';

/**
 * What the device remembers about the user's setup, in localStorage: ids only — which contact
 * profile and which workplace. Nothing about a case.
 */
export const PROFILE_STORAGE_KEY = 'tiltakskort.profile';
export const ROLE_STORAGE_KEY = 'tiltakskort.role';

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

function read(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    /* private mode: the choice lasts until the page is closed */
  }
}

export function storedRole(): Role | undefined {
  const v = read(ROLE_STORAGE_KEY);
  return isRole(v) ? v : undefined;
}

export function storeRole(role: Role | undefined): void {
  write(ROLE_STORAGE_KEY, role);
}

export function storedProfileId(): string | undefined {
  const v = read(PROFILE_STORAGE_KEY);
  return v && /^[a-z0-9][a-z0-9-]*$/.test(v) ? v : undefined;
}

export function storeProfileId(id: string | undefined): void {
  write(PROFILE_STORAGE_KEY, id);
}
