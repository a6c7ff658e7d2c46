/**
 * The author CLI: `npm run flows -- <command>`. Exit codes: 0 fine, 1 problems found, 2 bad usage.
 * Bad input is reported as problems, never as a stack trace.
 */
import * as compile from './commands/compile';
import * as diagram from './commands/diagram';
import * as diff from './commands/diff';
import * as lock from './commands/lock';
import * as paths from './commands/paths';
import * as profiles from './commands/profiles';
import * as safety from './commands/safety';
import * as scenarios from './commands/scenarios';
import * as validate from './commands/validate';
import { err, UsageError } from './output';
import { display } from '../node/files';

interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  validate, scenarios, safety, paths, diagram, diff, compile, lock,
  profiles: { usage: "profiles [paths…]                        list each profile's contacts and flag stale ones", run: profiles.run },
};

function usageText(): string {
  return ['usage: npm run flows -- <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  // Paths on the command line are the person's, relative to where they ran it (scripts/flows.mjs);
  // the project's own folders are absolute from ROOT, found before this.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    err(usageText());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`unknown command "${name}"\n\n${usageText()}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (e) {
    // parseArgs throws TypeErrors with a code for unknown or malformed options: that is bad usage too.
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      err(`${name}: ${e.message}\n\nusage: npm run flows -- ${command.usage}`);
      return 2;
    }
    // A file that cannot be read or written (missing, a folder, no permission): say which, no stack trace.
    if (e instanceof Error && 'code' in e && 'syscall' in e) {
      err(`${name}: ${fileErrorInWords(e as NodeJS.ErrnoException)}`);
      return 1;
    }
    throw e;
  }
}

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    err(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);

/** A file system error in words, with the path as the person would write it ("no such file or folder: flows/barn/1.0.yaml"). */
function fileErrorInWords(e: NodeJS.ErrnoException): string {
  // Inside the folder the person is in, relative to it; elsewhere, as written.
  const near = e.path ? display(e.path) : '';
  const path = near.startsWith('../') && e.path ? e.path : near;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'no permission to read or write',
    EPERM: 'no permission to read or write',
    EISDIR: 'this is a folder, not a file',
    ENOTDIR: 'part of this path is a file, not a folder',
    EEXIST: 'already exists',
    ENOSPC: 'the disk is full',
  };
  const said = e.code ? words[e.code] : undefined;
  return said && path ? `${said}: ${path}` : e.message;
}
