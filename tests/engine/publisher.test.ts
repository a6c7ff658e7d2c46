import { describe, expect, it } from 'vitest';
import { loadPublisher } from '../../src/engine/authoring';
import { formatProblem } from '../../src/engine/problems';

/** flows/publisher.yaml as deploy/README.md shows it. */
const VALID = `name: { nb: Ål kommune, nn: Ål kommune, en: Ål municipality }
feedback:
  email: uu@al.kommune.no
  url: https://al.kommune.no/tilbakemelding
  who:
    nb: Servicetorget svarer innen to uker.
    nn: Servicetorget svarar innan to veker.
    en: The service desk answers within two weeks.
`;

const problems = (text: string): string[] => loadPublisher('flows/publisher.yaml', text).problems.map(formatProblem);

describe('flows/publisher.yaml: who publishes the site, for the accessibility statement', () => {
  it('loads a publisher with an e-mail address, a form and who answers, in every language', () => {
    const r = loadPublisher('flows/publisher.yaml', VALID);
    expect(r.status).toBe('ok');
    if (r.status === 'failure') return;
    expect(r.value.feedback).toMatchObject({ email: 'uu@al.kommune.no', url: 'https://al.kommune.no/tilbakemelding' });
    expect(r.value.name.en).toBe('Ål municipality');
  });

  it('takes either channel alone', () => {
    expect(loadPublisher('p.yaml', VALID.replace(/ {2}url: .*\n/, '')).status).toBe('ok');
    expect(loadPublisher('p.yaml', VALID.replace(/ {2}email: .*\n/, '')).status).toBe('ok');
  });

  it('refuses a feedback section with no way to reach anyone, at that section', () => {
    expect(problems(VALID.replace(/ {2}email: .*\n/, '').replace(/ {2}url: .*\n/, ''))).toEqual([
      'flows/publisher.yaml:2:1: error NO_FEEDBACK_CHANNEL feedback needs an email or a url (a web form): the accessibility statement must say where to send feedback (at feedback)',
    ]);
  });

  it('refuses an e-mail field holding a name, and a form that is not a web page, each at its line', () => {
    const text = VALID.replace('email: uu@al.kommune.no', 'email: Servicetorget').replace('url: https://al.kommune.no/tilbakemelding', 'url: al.kommune.no/tilbakemelding');
    expect(problems(text)).toEqual([
      'flows/publisher.yaml:3:10: error BAD_EMAIL "Servicetorget" is not an e-mail address: write it as name@kommune.no (a web form goes under url) (at feedback.email)',
      'flows/publisher.yaml:4:8: error BAD_URL "al.kommune.no/tilbakemelding" is not a whole address: write the whole address, starting with https:// (https://al.kommune.no/tilbakemelding) (at feedback.url)',
    ]);
  });

  it('names a misspelt key and the one meant, and a language left out', () => {
    const text = VALID.replace('  email:', '  emial:').replace('    en: The service desk answers within two weeks.\n', '');
    expect(problems(text)).toEqual([
      'flows/publisher.yaml:3:10: error SCHEMA unknown key "emial" (did you mean "email"?) (at feedback.emial)',
      'flows/publisher.yaml:5:3: error MISSING_TRANSLATION text is missing in en (at feedback.who)',
    ]);
  });

  it('names every mistake in one run: a misspelt key does not hide a bad address beside it', () => {
    const text = VALID.replace('  email:', '  emial:').replace('url: https://al.kommune.no/tilbakemelding', 'url: al.kommune.no/tilbakemelding');
    expect(problems(text).map((p) => p.split(' ').slice(0, 3).join(' '))).toEqual([
      'flows/publisher.yaml:3:10: error SCHEMA',
      'flows/publisher.yaml:4:8: error BAD_URL',
    ]);
  });

  it('says what is wrong with a file that is not YAML, with its line, and returns no publisher', () => {
    const r = loadPublisher('flows/publisher.yaml', 'name: { nb: Ål\nfeedback: [\n');
    expect(r.status).toBe('failure');
    expect(r.problems[0]?.code).toBe('YAML_SYNTAX');
    expect(r.problems[0]?.line).toBeGreaterThan(0);
  });
});
