import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildCatalog, CATALOG_FILE, compiledFileName, formatProblem, sortProblems, type FlowProject, type Problem } from '../engine/authoring';
import { FLOWS_DIR, loadProject } from '../node/project';
import { defaultProfileId, loadProfiles, profileAssets } from '../node/profiles';
import { publisherAsset } from '../node/publisher';
import { scenarioAssets } from '../node/scenarios';

/** Where the app fetches compiled flows from, on its own origin. */
export const FLOWS_URL = '/flows/';

interface Loaded {
  project: FlowProject;
  problems: Problem[];
  files: Map<string, string>;
}

/** Load flows and contact profiles; every file the app may fetch, by path under /flows/. */
function loadAll(): Loaded {
  const project = loadProject();
  const { profiles, problems: profileProblems } = loadProfiles();
  const def = defaultProfileId(profiles);
  const problems: Problem[] = [...project.problems, ...profileProblems];
  if (def.problem) problems.push({ code: 'PROFILE_DEFAULT_UNKNOWN', severity: 'error', message: def.problem, file: 'flows/profiles', line: 0, column: 0, path: [] });
  const files = new Map<string, string>();
  files.set(CATALOG_FILE, JSON.stringify(buildCatalog(project.compiled)));
  for (const f of project.compiled) files.set(compiledFileName(f.id, f.version), JSON.stringify(f));
  for (const [name, body] of profileAssets(profiles, def.id)) files.set(`profiles/${name}`, body);
  // The practice mode's vignettes: /flows/<id>/scenarios.json, checked here like the flows.
  const scenarios = scenarioAssets(FLOWS_DIR, project.compiled, project.withErrors, project.vocabulary);
  problems.push(...scenarios.problems);
  for (const [name, body] of scenarios.files) files.set(name, body);
  // Who publishes the site: the accessibility statement's feedback channel (/flows/publisher.json).
  const publisher = publisherAsset(FLOWS_DIR);
  problems.push(...publisher.problems);
  for (const [name, body] of publisher.files) files.set(name, body);
  return { project, problems, files };
}

const report = (problems: Problem[]): string => sortProblems(problems.filter((p) => p.severity === 'error')).map(formatProblem).join('\n');

/**
 * Validates flows/ and ships them as compiled JSON. In the build a broken flow fails the build with
 * file:line problems; in the dev server the problems show in Vite's overlay and in the app, and a
 * change under flows/ reloads the page.
 */
export function flowsPlugin(): Plugin {
  let server: ViteDevServer | undefined;
  let built: Loaded | undefined;
  return {
    name: 'tiltakskort-flows',
    configureServer(s) {
      server = s;
      s.watcher.add(FLOWS_DIR);
      s.watcher.on('all', (_event, file) => {
        if (file.startsWith(FLOWS_DIR)) s.ws.send({ type: 'full-reload' });
      });
      s.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(FLOWS_URL)) return next();
        const loaded = loadAll();
        const errors = report(loaded.problems);
        if (errors) {
          server?.ws.send({ type: 'error', err: { message: `Flows have errors:\n${errors}`, stack: '', plugin: 'tiltakskort-flows' } });
          res.statusCode = 500;
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify({ problems: loaded.problems.filter((p) => p.severity === 'error') }));
          return;
        }
        const body = loaded.files.get(url.slice(FLOWS_URL.length));
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      });
    },
    // Checked when the build starts, before anything is written: a broken flow leaves the last
    // good build in dist/ as it was.
    buildStart() {
      if (server) return;
      built = loadAll();
      const errors = report(built.problems);
      if (errors) this.error(`Flows have errors, fix them before building:\n${errors}`);
      // A statement must give a working feedback channel before the site is published: say so at each build.
      for (const p of built.problems) if (p.code === 'PUBLISHER_MISSING') this.warn(p.message);
    },
    generateBundle() {
      for (const [file, source] of (built ?? loadAll()).files) this.emitFile({ type: 'asset', fileName: join('flows', file), source });
    },
  };
}
