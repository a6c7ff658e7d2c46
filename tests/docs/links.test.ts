/**
 * The documentation stays true to the repository: every relative link in the project's Markdown
 * leads to a file that exists (and, with a #fragment, to a heading in it), and every `npm run X`
 * it tells a reader to type is a script in package.json. A moved file or a renamed heading
 * otherwise leaves a municipal adviser following the README to a dead end.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.scratch', 'coverage']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) || name.startsWith('.') ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function headingSlugs(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set([...withoutCode.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1] ?? '')));
}

/** Links written as [text](target), outside code blocks; absolute URLs and mail links are not ours to check. */
function relativeLinks(markdown: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  let inCode = false;
  markdown.split('\n').forEach((text, i) => {
    if (text.trimStart().startsWith('```')) inCode = !inCode;
    if (inCode) return;
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] ?? '';
      if (!/^[a-z][a-z+.-]*:/i.test(target)) links.push({ target, line: i + 1 });
    }
  });
  return links;
}

const files = markdownFiles(ROOT);
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('the documentation', () => {
  it('is found (README, docs/, flows/, deploy/)', () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/flow-format.md', 'flows/README.md', 'deploy/README.md']));
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s: every relative link leads to a file and heading that exist', (_name, file) => {
    const markdown = readFileSync(file, 'utf8');
    const broken = relativeLinks(markdown).flatMap(({ target, line }) => {
      const [path = '', fragment] = target.split('#');
      const resolved = path === '' ? file : resolve(dirname(file), decodeURI(path));
      const where = `${relative(ROOT, file)}:${line} → ${target}`;
      if (!existsSync(resolved)) return [`${where}: no such file`];
      if (fragment && resolved.endsWith('.md') && !headingSlugs(readFileSync(resolved, 'utf8')).has(fragment)) {
        return [`${where}: no heading «#${fragment}» in ${relative(ROOT, resolved)}`];
      }
      return [];
    });
    expect(broken).toEqual([]);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s: every `npm run <script>` it names is in package.json', (_name, file) => {
    const named = [...readFileSync(file, 'utf8').matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map((m) => m[1] ?? '');
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });
});

describe('the link checker itself', () => {
  it('makes GitHub-style anchors from headings', () => {
    expect(slug('Budgets (`npm run bench`)')).toBe('budgets-npm-run-bench');
    expect(slug('Offline use and updates (service worker)')).toBe('offline-use-and-updates-service-worker');
    expect(slug('Lov og innhold: § 13')).toBe('lov-og-innhold--13');
  });

  it('finds relative links and their lines, not web addresses or links in code', () => {
    const md = ['See [a](docs/a.md) and [web](https://example.org).', '```', '[code](x.md)', '```', '[b](b.md#part)'].join('\n');
    expect(relativeLinks(md)).toEqual([
      { target: 'docs/a.md', line: 1 },
      { target: 'b.md#part', line: 5 },
    ]);
  });
});
