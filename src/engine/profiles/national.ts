import type { Profile } from '../../schema/profile';

/**
 * A local profile with the national lines (112, 113, 116 111, …) after its own contacts. National
 * numbers are written once, in flows/profiles/national.yaml, so no local profile can miss or
 * mistype them; a number the local profile already lists for the same role is not repeated.
 */
export function withNational(local: Profile, national: Profile): Profile {
  if (local.id === national.id) return local;
  const have = new Set(local.contacts.map((c) => `${c.role} ${c.tel}`));
  return { ...local, contacts: [...local.contacts, ...national.contacts.filter((c) => !have.has(`${c.role} ${c.tel}`))] };
}
