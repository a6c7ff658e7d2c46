import { PublisherFile, type Publisher } from '../../schema/publisher';
import { toResult, type LoadResult, type Problem } from '../problems';
import { webUrlProblem } from '../profiles/web-url';
import { parseYamlSource, type YamlSource } from '../yaml-source';
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
  // The channel is checked on what was written, beside the schema, so one run names every mistake.
  const problems: Problem[] = [...missingTranslations(src, src.data), ...channelProblems(src, src.data)];
  const parsed = PublisherFile.safeParse(src.data);
  if (!parsed.success) return toResult<Publisher>(undefined, [...schemaProblems(src, parsed.error, 'SCHEMA', PublisherFile), ...problems]);
  return toResult(parsed.data, problems);
}

/** The e-mail address and the form's address, wherever they are strings; the rest is the schema's to report. */
function channelProblems(src: YamlSource, data: unknown): Problem[] {
  const feedback = field(data, 'feedback');
  if (typeof feedback !== 'object' || feedback === null) return [];
  const problems: Problem[] = [];
  const email = field(feedback, 'email');
  const url = field(feedback, 'url');
  if (email === undefined && url === undefined) {
    problems.push(src.problem('NO_FEEDBACK_CHANNEL', 'error', 'feedback needs an email or a url (a web form): the accessibility statement must say where to send feedback', ['feedback']));
  }
  if (typeof email === 'string' && !EMAIL.test(email.trim())) {
    problems.push(src.problem('BAD_EMAIL', 'error', `"${email}" is not an e-mail address: write it as name@kommune.no (a web form goes under url)`, ['feedback', 'email']));
  }
  const urlProblem = typeof url === 'string' ? webUrlProblem(url) : undefined;
  if (urlProblem) problems.push(src.problem('BAD_URL', 'error', urlProblem, ['feedback', 'url']));
  return problems;
}

const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);
