import { useTexts } from './texts';
import { formatProblem, type Problem } from '../engine/index';

/** Flow errors from the dev server / build, with file:line — never a blank page. */
export function ProblemsView({ problems }: { problems: Problem[] }) {
  const { t } = useTexts();
  return (
    <section className="problems" aria-labelledby="step-heading">
      <h1 id="step-heading" tabIndex={-1}>
        {t('flow.problems.title')}
      </h1>
      <p>{t('flow.problems.text')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
