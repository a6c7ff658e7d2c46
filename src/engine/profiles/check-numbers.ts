import { NATIONAL_ROLES } from '../../schema/profile';
import type { ProfileCode } from './codes';
import { digitsOf, EMERGENCY_SHORT_NUMBERS, NATIONAL_LINES } from './national-lines';

type Path = (string | number)[];

/** A contact whose phone number could be read (BAD_PHONE has spoken for the others). */
export interface NumberedContact {
  index: number;
  role: string;
  phone: string;
}

export interface Finding {
  code: ProfileCode;
  message: string;
  path: Path;
}

const isNationalOnly = (role: string): boolean => (NATIONAL_ROLES as readonly string[]).includes(role);
const phoneAt = (c: NumberedContact): Path => ['contacts', c.index, 'phone'];
const lines = Object.entries(NATIONAL_LINES);

/**
 * Which number may stand for which role. The app shows a local profile's contacts before the
 * national ones, so a local 110 under `police-emergency` would be the first number on the card;
 * and national.yaml feeds every profile, so a typo there reaches every user. Each contact gets at
 * most one of these findings: the first that applies says what to do.
 */
export function numberFindings(contacts: readonly NumberedContact[], national: boolean): Finding[] {
  const findings: Finding[] = [];
  const settled = new Set<number>();
  const find = (c: NumberedContact, code: ProfileCode, message: string, path = phoneAt(c)): void => {
    findings.push({ code, message, path });
    settled.add(c.index);
  };

  if (national) {
    const missing: string[] = [];
    for (const [role, number] of lines) {
      if (contacts.some((c) => c.role === role && digitsOf(c.phone) === digitsOf(number))) continue;
      const wrong = contacts.find((c) => c.role === role && !settled.has(c.index));
      if (wrong) find(wrong, 'NATIONAL_LINE_MISSING', `${role} is "${number}" everywhere in Norway, not "${wrong.phone}": write "${number}" (every profile is shown with the national lines)`);
      else missing.push(`${role} "${number}"`);
    }
    if (missing.length > 0) {
      findings.push({ code: 'NATIONAL_LINE_MISSING', message: `national.yaml has no contact for ${missing.join(', ')}: add ${missing.length === 1 ? 'it' : 'them'} back (every profile is shown with the national lines, and the cards rely on them)`, path: ['contacts'] });
    }
  } else {
    for (const c of contacts.filter((x) => isNationalOnly(x.role))) {
      const number = (NATIONAL_LINES as Record<string, string>)[c.role];
      find(c, 'NATIONAL_ONLY_ROLE', `role "${c.role}" is a national line${number ? ` (${number})` : ''}: it belongs in national.yaml only, which the app shows with every profile — remove this contact, or give it the local service's role`, ['contacts', c.index, 'role']);
    }
  }

  for (const c of contacts) {
    const emergency = EMERGENCY_SHORT_NUMBERS[digitsOf(c.phone)];
    if (settled.has(c.index) || !emergency || emergency.role === c.role) continue;
    find(c, 'EMERGENCY_NUMBER', `${digitsOf(c.phone)} is the ${emergency.service} emergency number, not a number for ${c.role}: write the service's own number`);
  }

  if (!national) {
    for (const c of contacts) {
      if (settled.has(c.index)) continue;
      const repeated = lines.find(([role, number]) => role === c.role && digitsOf(number) === digitsOf(c.phone));
      if (repeated) find(c, 'NATIONAL_NUMBER_REPEATED', `${repeated[0]} "${repeated[1]}" is already in national.yaml, which the app shows with every profile: this contact is not needed — remove it`);
    }
  }
  return findings;
}
