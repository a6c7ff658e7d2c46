import type { Contact, Profile, Role } from '../../schema/profile';
import { isOpen, nextOpening, type Opening } from './open';

/**
 * Where to turn when a role is closed or missing. Barnevernvakta covers the barneverntjeneste out
 * of office hours; the police are always open and reach the barnevernvakt at night, and cover it
 * where a region has none (Hallingdal's plan lists no barnevernvakt).
 */
export const FALLBACKS: Partial<Record<Role, Role[]>> = {
  barneverntjeneste: ['barnevernvakt', 'police'],
  barnevernvakt: ['police'],
};

export interface Candidate {
  contact: Contact;
  role: Role;
  /** Set when this contact stands in for a requested role that is closed or missing. */
  fallbackFor?: Role;
  open: boolean;
  /** When it opens next; `at` itself when open, null when not within the lookahead. */
  opens: Opening | null;
}

export interface ContactPick {
  /** The first open contact in priority order, or null when none is open. */
  call: Candidate | null;
  /** The candidates ranked before `call` that are closed now, with when they open ("opens Monday 08:00"). */
  closed: Candidate[];
  /** Requested roles (not fallbacks) the profile has no contact for: a gap in the profile to show and fix. */
  missing: string[];
}

interface Step {
  role: string;
  fallbackFor?: Role;
}

/** The roles of one service — its office and its out-of-hours line — tried before anyone stands in for either. */
const SERVICES: readonly (readonly string[])[] = [['barneverntjeneste', 'barnevernvakt']];
const sameService = (a: string, b: string): boolean => SERVICES.some((roles) => roles.includes(a) && roles.includes(b));

/**
 * Requested roles in order, each followed by its fallbacks — but never ahead of a requested role of
 * the same service listed next: an action asking for the barnevernvakt, then the barneverntjeneste,
 * must reach the open barneverntjeneste before the police stand in for a barnevernvakt the region
 * lacks (Hallingdal in office hours). A fallback the author listed explicitly keeps the author's position.
 */
export function candidateRoles(roles: readonly string[], fallback = true): Step[] {
  const requested = [...new Set(roles)];
  const listed = new Set(requested);
  const steps: Step[] = [];
  const added = new Set<string>();
  let waiting: Step[] = [];
  requested.forEach((role, i) => {
    steps.push({ role });
    added.add(role);
    // Only real roles have fallbacks, so `role` is one when the lookup finds any; hasOwn keeps
    // an id like "constructor" from reaching Object.prototype.
    const fallbacks = fallback && Object.hasOwn(FALLBACKS, role) ? FALLBACKS[role as Role] : undefined;
    for (const fb of fallbacks ?? []) {
      if (!listed.has(fb) && !waiting.some((w) => w.role === fb)) waiting.push({ role: fb, fallbackFor: role as Role });
    }
    const next = requested[i + 1];
    if (next !== undefined && sameService(role, next)) return; // the service's own roles first
    for (const w of waiting) {
      if (added.has(w.role)) continue;
      steps.push(w);
      added.add(w.role);
    }
    waiting = [];
  });
  return steps;
}

/**
 * Who to call now for an action whose `contacts` lists `roles` in priority order. Pass a profile
 * composed with the national one (withNational) so the always-open lines are there to fall back on.
 * Takes plain strings because vocabulary actions name roles as ids; an unknown one is just missing.
 */
export function pickContact(profile: Profile, roles: readonly string[], at: Date, opts: { fallback?: boolean } = {}): ContactPick {
  const closed: Candidate[] = [];
  const missing = roles.filter((r) => !profile.contacts.some((c) => c.role === r));
  // Fall back to whoever is open only for urgent actions: a written report waits for the office.
  for (const step of candidateRoles(roles, opts.fallback ?? true)) {
    // Within a role, a contact whose hours are confirmed before one whose hours are only assumed
    // (a local station's switchboard may not answer at night; the national 02800 does).
    const ofRole = profile.contacts.filter((c) => c.role === step.role);
    for (const contact of [...ofRole.filter((c) => !c.hours.assumed), ...ofRole.filter((c) => c.hours.assumed)]) {
      const open = isOpen(contact, at);
      const candidate: Candidate = {
        contact,
        role: contact.role,
        ...(step.fallbackFor !== undefined ? { fallbackFor: step.fallbackFor } : {}),
        open,
        opens: nextOpening(contact, at),
      };
      if (open) return { call: candidate, closed, missing };
      closed.push(candidate);
    }
  }
  return { call: null, closed, missing };
}
