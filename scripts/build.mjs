// `npm run build`: Vite's production build into dist/. A broken flow, contact profile or static-page
// text fails it with the problems the plugins word (file:line: what is wrong), and nothing more:
// `vite build` itself would follow them with the bundler's stack trace, which says nothing to the
// person who made the typo.
// Before Vite is loaded: its notice about a future config loader is for whoever upgrades Vite, not
// for someone building the app.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { build } = await import('vite');

if (process.argv.length > 2) {
  console.error('usage: npm run build   (writes dist/; set TILTAKSKORT_PROFILE=<id> for the default contact profile)');
  process.exit(2);
}

/** The problems as the plugins worded them: the bundler wraps each error in one or more of its own. */
function leaves(error, depth = 0) {
  const inner = error?.errors;
  if (depth < 5 && Array.isArray(inner) && inner.length > 0 && !inner.includes(error)) return inner.flatMap((e) => leaves(e, depth + 1));
  return [String(error?.message ?? error).replace(/^(?:Build failed with \d+ errors?:\s*)?(?:\[plugin [^\]]+\]\s*)?(?:\w*Error: )?/, '')];
}

try {
  await build();
} catch (error) {
  console.error(`\nThe build failed; dist/ is as it was:\n${leaves(error).join('\n')}`);
  process.exitCode = 1;
}
