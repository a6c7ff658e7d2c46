import { PublisherFile, type Publisher } from '../../schema/publisher';
import { toResult, type LoadResult, type Problem } from '../problems';
import { webUrlProblem } from '../profiles/web-url';
import { parseYamlSource } from '../yaml-source';
import { schemaProblems } from './schema-problems';
import { missingTranslations } from './translations';

/** One @, something before it, and a dot in the domain: enough to catch a name or a web address typed here. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Loads flows/publisher.yaml. Never throws: every problem comes back with its line, and the publisher
 * only when there is no error — a statement must never show a feedback address that does not work.
 */
export function loadPublisher(file: string, text: string): LoadResult<Publisher> {
  const src = parseYamlSource(file, text);
  if (src.problems.length > 0) return toResult<Publisher>(undefined, src.problems);
  const problems: Problem[] = missingTranslations(src, src.data);
  const parsed = PublisherFile.safeParse(src.data);
  if (!parsed.success) return toResult<Publisher>(undefined, [...schemaProblems(src, parsed.error, 'SCHEMA', PublisherFile), ...problems]);

  const { email, url } = parsed.data.feedback;
  if (email === undefined && url === undefined) {
    problems.push(src.problem('NO_FEEDBACK_CHANNEL', 'error', 'feedback needs an email or a url (a web form): the accessibility statement must say where to send feedback', ['feedback']));
  }
  if (email !== undefined && !EMAIL.test(email.trim())) {
    problems.push(src.problem('BAD_EMAIL', 'error', `"${email}" is not an e-mail address: write it as name@kommune.no (a web form goes under url)`, ['feedback', 'email']));
  }
  const urlProblem = url === undefined ? undefined : webUrlProblem(url);
  if (urlProblem) problems.push(src.problem('BAD_URL', 'error', urlProblem, ['feedback', 'url']));
  return toResult(parsed.data, problems);
}
