// `npm run build`: Vite's production build into dist/. A broken flow, contact profile or static-page
// text fails it with the problems the plugins word (file:line: what is wrong), and nothing more:
// `vite build` itself would follow them with the bundler's stack trace, which says nothing to the
// person who made the typo. Takes the `vite build` options people use: --outDir, --emptyOutDir,
// --base, --mode.
import { parseArgs } from 'node:util';

// Before Vite is loaded: its notice about a future config loader is for whoever upgrades Vite, not
// for someone building the app.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { build } = await import('vite');

const USAGE = 'usage: npm run build [-- --outDir DIR] [--emptyOutDir] [--base PATH] [--mode MODE]   (set TILTAKSKORT_PROFILE=<id> for the default contact profile)';
let options;
try {
  options = parseArgs({ strict: true, options: { outDir: { type: 'string' }, emptyOutDir: { type: 'boolean' }, base: { type: 'string' }, mode: { type: 'string' } } }).values;
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}

/** The problems as the plugins worded them: the bundler wraps each error in one or more of its own. */
function leaves(error, depth = 0) {
  const inner = error?.errors;
  if (depth < 5 && Array.isArray(inner) && inner.length > 0 && !inner.includes(error)) return inner.flatMap((e) => leaves(e, depth + 1));
  return [String(error?.message ?? error).replace(/^(?:Build failed with \d+ errors?:\s*)?(?:\[plugin [^\]]+\]\s*)?(?:\w*Error: )?/, '')];
}

// Vite empties the output folder when it starts writing (renderStart). The flows and the static
// page's texts are checked before that (buildStart), so their mistakes leave the last build in place.
let writing = false;
const noticeWriting = { name: 'tiltakskort-notice-writing', renderStart: () => void (writing = true) };

try {
  await build({
    ...(options.mode !== undefined && { mode: options.mode }),
    ...(options.base !== undefined && { base: options.base }),
    build: { ...(options.outDir !== undefined && { outDir: options.outDir }), ...(options.emptyOutDir !== undefined && { emptyOutDir: options.emptyOutDir }) },
    plugins: [noticeWriting],
  });
} catch (error) {
  const where = writing ? 'the output folder may be incomplete: do not publish it' : 'the output folder is as it was';
  console.error(`\nThe build failed; ${where}:\n${leaves(error).join('\n')}`);
  process.exitCode = 1;
}
