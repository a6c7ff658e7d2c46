import { LANGS } from '../../schema/common';
import { isCalendarDate } from '../../schema/common';
import { ROLES, isRole, type Schedule } from '../../schema/profile';
import { closest } from '../closest';
import { yamlBaseName } from '../file-name';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { numberFindings, type NumberedContact } from './check-numbers';
import { PROFILE_CODES, STALE_AFTER_MONTHS, type ProfileCode } from './codes';
import { parseHours } from './hours';
import { NATIONAL_PROFILE_ID } from './national-lines';
import { addMonths } from './oslo-time';
import { telFromPhone } from './phone';
import { webUrlProblem } from './web-url';

type Path = (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A date the stale checks can compare; 2026-13-01 is not one (the schema reports it, once). */
function dateText(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' && isCalendarDate(v) ? v : undefined;
}

function suggestRole(role: string): string {
  const lower = role.toLowerCase();
  const near = closest(lower, ROLES);
  return near ? `; did you mean "${near}"?` : `; roles are: ${ROLES.join(', ')}`;
}

export interface CheckResult {
  problems: Problem[];
  /** Parsed hours by contact index, for the contacts whose hours had no problem. */
  schedules: Map<number, Schedule>;
  /** tel: links by contact index. */
  tels: Map<number, string>;
}

/**
 * The checks a schema cannot express. They read the raw YAML data defensively, so they run (and
 * report) even when the schema has found problems elsewhere in the file.
 */
export function checkProfile(src: YamlSource, data: unknown, today: string): CheckResult {
  const problems: Problem[] = [];
  const schedules = new Map<number, Schedule>();
  const tels = new Map<number, string>();
  const report = (code: ProfileCode, message: string, path: Path): void => {
    problems.push(src.problem(code, PROFILE_CODES[code], message, path));
  };
  if (!isRecord(data)) return { problems, schedules, tels };

  const localized = (value: unknown, path: Path): void => {
    if (!isRecord(value)) return; // missing or wrong type: the schema says so
    const missing = LANGS.filter((l) => typeof value[l] !== 'string' || value[l] === '');
    if (missing.length > 0) {
      report('MISSING_TRANSLATION', `${String(path[path.length - 1])} has no text in ${missing.join(', ')}`, path);
    }
  };

  const id = data['id'];
  if (typeof id === 'string' && id !== yamlBaseName(src.file)) {
    report('PROFILE_ID_MISMATCH', `id "${id}" differs from the file name: name the file ${id}.yaml or change the id`, ['id']);
  }
  localized(data['name'], ['name']);
  localized(data['note'], ['note']);
  if (isRecord(data['routine'])) localized(data['routine']['label'], ['routine', 'label']);

  // Every url a profile has becomes a link in the app.
  const webUrl = (value: unknown, path: Path): void => {
    const problem = typeof value === 'string' ? webUrlProblem(value) : undefined;
    if (problem) report('BAD_URL', problem, path);
  };
  if (isRecord(data['routine'])) webUrl(data['routine']['url'], ['routine', 'url']);

  const national = yamlBaseName(src.file) === NATIONAL_PROFILE_ID;
  // A warning, not an error: the national lines are shown with it all the same, and a profile
  // still being filled in must not stop every other profile from being published.
  if (!national && Array.isArray(data['contacts']) && data['contacts'].length === 0) {
    report('NO_CONTACTS', 'this profile has no contacts, so it adds nothing to the national lines: add the local services (barneverntjeneste, barnevernvakt, krisesenter, …)', ['contacts']);
  }
  const numbered: NumberedContact[] = [];

  const staleBefore = addMonths(today, -STALE_AFTER_MONTHS);
  const contacts = Array.isArray(data['contacts']) ? data['contacts'] : [];
  const seen = new Map<string, number>();
  contacts.forEach((contact: unknown, i) => {
    if (!isRecord(contact)) return;
    const at = (...rest: Path): Path => ['contacts', i, ...rest];

    const role = contact['role'];
    if (typeof role === 'string' && role !== '' && !isRole(role)) {
      report('UNKNOWN_ROLE', `unknown role "${role}"${suggestRole(role)}`, at('role'));
    }

    const phone = contact['phone'];
    if (typeof phone === 'string' && phone !== '') {
      const tel = telFromPhone(phone);
      if ('error' in tel) report('BAD_PHONE', tel.error, at('phone'));
      else {
        tels.set(i, tel.tel);
        if (typeof role === 'string') numbered.push({ index: i, role, phone });
        const key = `${String(role)} ${tel.tel}`;
        const first = seen.get(key);
        if (first !== undefined) report('DUPLICATE_CONTACT', `the same ${String(role)} number is already listed as contact ${first + 1}`, at('phone'));
        else seen.set(key, i);
      }
    }

    const hours = contact['hours'];
    const parsed = parseHours(hours);
    for (const e of parsed.errors) report('BAD_HOURS', e.message, at('hours', ...e.path));
    if (parsed.schedule) schedules.set(i, parsed.schedule);

    const reviewed = dateText(contact['reviewed']);
    if (reviewed !== undefined && reviewed < staleBefore) {
      report('CONTACT_STALE', `reviewed ${reviewed}, more than ${STALE_AFTER_MONTHS} months ago: check the number and hours and update "reviewed"`, at('reviewed'));
    }
    if (reviewed !== undefined && reviewed > today) {
      report('REVIEWED_IN_FUTURE', `reviewed ${reviewed} is after today (${today}): a typo would keep the contact from ever being flagged as stale`, at('reviewed'));
    }

    webUrl(contact['url'], at('url'));
    if (isRecord(contact['source'])) webUrl(contact['source']['url'], at('source', 'url'));

    localized(contact['name'], at('name'));
    localized(contact['who'], at('who'));
    localized(contact['note'], at('note'));
    if (isRecord(hours)) {
      localized(hours['note'], at('hours', 'note'));
      if (Array.isArray(hours['exceptions'])) {
        hours['exceptions'].forEach((e: unknown, j) => {
          if (isRecord(e)) localized(e['note'], at('hours', 'exceptions', j, 'note'));
        });
      }
    }
  });
  for (const f of numberFindings(numbered, national)) report(f.code, f.message, f.path);
  return { problems, schedules, tels };
}
