import type { Lang, ResolvedAction } from '../../engine/index';
import { describeOpening } from '../../engine/profiles/describe';
import { pickContact } from '../../engine/profiles/pick';
import { pick } from '../../i18n/index';
import type { Profile } from '../../schema/profile';
import type { ActionContact } from '../ActionCard';

export function contactRoles(action: ResolvedAction): string[] {
  return [...new Set(action.contacts)];
}

export interface ContactWords {
  /** A role's name in the user's language ("barnevernvakta"). */
  role: (role: string) => string;
  /** "Hours not confirmed" for contacts whose hours are assumed. */
  assumed: string;
}

/**
 * Who to call now for an action, from a profile merged with the national one: the contact open now
 * ("now"), the closed ones ranked before it with when they open ("closed"), and the roles the profile
 * has no number for ("missing"). Undefined when the action names no contact roles.
 */
export function actionContacts(profile: Profile, action: ResolvedAction, at: Date, lang: Lang, words: ContactWords): ActionContact[] | undefined {
  const roles = contactRoles(action);
  if (roles.length === 0) return undefined;
  const picked = pickContact(profile, roles, at, { fallback: action.urgent });
  const out: ActionContact[] = [];
  if (picked.call) {
    const c = picked.call;
    out.push({
      role: c.role,
      name: pick(c.contact.name, lang),
      phone: c.contact.phone,
      tel: c.contact.tel,
      state: 'now',
      // Hours that are not confirmed are said so here too, not only on closed contacts.
      note: pick(c.contact.who, lang) + (c.contact.hours.assumed ? ` (${words.assumed})` : ''),
      ...(c.fallbackFor !== undefined ? { fallbackFor: words.role(c.fallbackFor) } : {}),
    });
  }
  // An urgent action shows who answers now, not the offices that are closed: in an emergency a closed
  // number is only something more to read (and to call by mistake).
  for (const c of action.urgent && picked.call ? [] : picked.closed) {
    out.push({
      role: c.role,
      name: pick(c.contact.name, lang),
      phone: c.contact.phone,
      tel: c.contact.tel,
      state: 'closed',
      note: describeOpening(c.opens, at, lang) + (c.contact.hours.assumed ? ` (${words.assumed})` : ''),
    });
  }
  for (const role of picked.missing) out.push({ role, name: words.role(role), phone: '', state: 'missing' });
  return out;
}
