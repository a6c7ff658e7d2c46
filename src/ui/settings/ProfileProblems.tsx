import { useTexts } from '../texts';
import type { Problem } from '../../engine/index';

const formatPath = (path: readonly (string | number)[]): string =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** A profile's problems: file:line:col for a file as written, the place in the profile for a built JSON file. */
export function ProfileProblems({ problems, lines }: { problems: Problem[]; lines: boolean }) {
  const { t } = useTexts();
  return (
    <>
      {!lines && <p className="hint">{t('profile.url.paths')}</p>}
      <ul className="problem-list">
        {problems.map((p, i) => (
          <li key={i}>
            <code>
              {lines && p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file}: {p.severity} {p.code} {p.message}
              {p.path.length > 0 ? ` (${formatPath(p.path)})` : ''}
            </code>
          </li>
        ))}
      </ul>
    </>
  );
}
