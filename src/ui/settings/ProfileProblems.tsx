import { useTexts } from '../texts';
import type { Problem } from '../../engine/index';
import { STALE_AFTER_MONTHS, type ProfileCode } from '../../engine/profiles/codes';

const formatPath = (path: readonly (string | number)[]): string =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** Each code's plain-language hint (profile.problem.*), so the adviser reads what is wrong in their language. */
const HINTS = {
  FILE_READ: 'profile.problem.fileRead.hint',
  YAML_SYNTAX: 'profile.problem.yamlSyntax.hint',
  PROFILE_SCHEMA: 'profile.problem.profileSchema.hint',
  PROFILE_ID_MISMATCH: 'profile.problem.profileIdMismatch.hint',
  UNKNOWN_ROLE: 'profile.problem.unknownRole.hint',
  BAD_HOURS: 'profile.problem.badHours.hint',
  BAD_PHONE: 'profile.problem.badPhone.hint',
  EMERGENCY_NUMBER: 'profile.problem.emergencyNumber.hint',
  NATIONAL_ONLY_ROLE: 'profile.problem.nationalOnlyRole.hint',
  NATIONAL_LINE_MISSING: 'profile.problem.nationalLineMissing.hint',
  NATIONAL_PROFILE_MISSING: 'profile.problem.nationalProfileMissing.hint',
  BAD_URL: 'profile.problem.badUrl.hint',
  MISSING_TRANSLATION: 'profile.problem.missingTranslation.hint',
  CONTACT_STALE: 'profile.problem.contactStale.hint',
  REVIEWED_IN_FUTURE: 'profile.problem.reviewedInFuture.hint',
  DUPLICATE_CONTACT: 'profile.problem.duplicateContact.hint',
  NATIONAL_NUMBER_REPEATED: 'profile.problem.nationalNumberRepeated.hint',
  NO_CONTACTS: 'profile.problem.noContacts.hint',
  DUPLICATE_PROFILE_NAME: 'profile.problem.duplicateProfileName.hint',
  PROFILE_OUTSIDE_PROFILES: 'profile.problem.profileOutsideProfiles.hint',
} as const satisfies Record<ProfileCode, string>;

const isProfileCode = (code: string): code is ProfileCode => Object.hasOwn(HINTS, code);

/**
 * A profile's problems: what is wrong in the reader's language, then the line the command line
 * prints for it (file:line:col for a file as written, the place in the profile for a built JSON
 * file; its message is in English, as in the CLI and docs/profile-format.md).
 */
export function ProfileProblems({ problems, lines }: { problems: Problem[]; lines: boolean }) {
  const { t } = useTexts();
  return (
    <>
      {!lines && <p className="hint">{t('profile.url.paths')}</p>}
      <ul className="problem-list">
        {problems.map((p, i) => (
          <li key={i}>
            {isProfileCode(p.code) && <p>{t(HINTS[p.code], { months: STALE_AFTER_MONTHS })}</p>}
            <code lang="en">
              {lines && p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file}: {p.severity} {p.code} {p.message}
              {p.path.length > 0 ? ` (${formatPath(p.path)})` : ''}
            </code>
          </li>
        ))}
      </ul>
    </>
  );
}
