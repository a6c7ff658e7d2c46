import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPublisher, PUBLISHER_FILE } from '../engine/authoring';
import type { Problem } from '../engine/problems';
import { display, readSource } from './files';

/** Its source in the flows folder; PUBLISHER_FILE is what compile writes from it. */
export const PUBLISHER_YAML = 'publisher.yaml';

/**
 * flows/publisher.yaml, checked, as the file the app fetches (/flows/publisher.json). None is a
 * warning, not an error: the bundled build and a test site have no publisher, and the statement then
 * says that no feedback channel has been given yet. The file is written either way (`null` for none),
 * so the app's request never meets a 404, and a publisher taken out of flows/ is taken off the site.
 */
export function publisherAsset(flowsDir: string): { files: [string, string][]; problems: Problem[] } {
  const path = join(flowsDir, PUBLISHER_YAML);
  if (!existsSync(path)) {
    const message = `no ${PUBLISHER_YAML}: the accessibility statement has no feedback channel to show, and it must give one before the site is published (deploy/README.md)`;
    return { files: [[PUBLISHER_FILE, 'null']], problems: [{ code: 'PUBLISHER_MISSING', severity: 'warning', message, file: display(flowsDir), line: 0, column: 0, path: [] }] };
  }
  const src = readSource(path);
  const result = loadPublisher(src.path, src.text);
  return { files: result.status === 'failure' ? [] : [[PUBLISHER_FILE, JSON.stringify(result.value)]], problems: result.problems };
}
