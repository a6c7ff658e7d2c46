import { useTexts } from './texts';
import { formatProblem, type Problem } from '../engine/index';
import { StepHeading, STEP_HEADING_ID } from './StepHeading';

/** Flow errors from the dev server / build, with file:line — never a blank page. */
export function ProblemsView({ problems }: { problems: Problem[] }) {
  const { t } = useTexts();
  return (
    <section className="problems" aria-labelledby={STEP_HEADING_ID}>
      <StepHeading>{t('flow.problems.title')}</StepHeading>
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
