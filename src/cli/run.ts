/**
 * The `druid-gitops` command line: the same work as the action, from a laptop. Each command lives
 * in its own module and returns its exit status; a command that throws could not do its job (2).
 */
import { OPERATIONS } from '../health/operations.js';
import { validateCommand, VALIDATE_USAGE } from './validate-command.js';
import { EXIT, type CliIO } from './io.js';
import { VERSION } from '../common/version.js';
import { closest } from '../common/closest.js';

type Command = (args: string[], io: CliIO) => Promise<number>;

// Commands other than validate are loaded when run: `validate` must start fast (it runs on every
// pull request and in editors), and the others bring the Druid client, the emulator and more.
const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  plan: async (args, io) => (await import('./plan-command.js')).planCommand(args, io),
  deploy: async (args, io) => (await import('./deploy-command.js')).deployCommand(args, io),
  ...Object.fromEntries(
    OPERATIONS.map((operation): [string, Command] => [
      operation,
      async (args, io) => (await import('./recover-command.js')).recoverCommandFor(operation)(args, io),
    ]),
  ),
  drift: async (args, io) => (await import('./drift-command.js')).driftCommand(args, io),
  import: async (args, io) => (await import('./import-command.js')).importCommand(args, io),
  emulator: async (args, io) => {
    const { serveEmulator, EMULATOR_USAGE } = await import('../emulator/serve.js');
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(EMULATOR_USAGE);
      return EXIT.ok;
    }
    await serveEmulator(args);
    return EXIT.ok;
  },
};

const USAGE = `Usage: druid-gitops <command> [options]

Commands:
  validate [PATH...]   check supervisor specs against what Druid accepts
  plan                 show what a merge would change (review)
  deploy               apply git's specs to a cluster
  status|diagnose [ID]  what state supervisors are in, what is wrong, what to do next
  suspend|resume|resync|handoff|reset|reset-offsets|terminate ID
                       recovery operations on one supervisor (reset, reset-offsets and
                       terminate need --confirm ID)
  drift                compare git with the cluster
  import               write what a cluster runs as spec files (reads only)
  emulator             serve the Overlord emulator on 127.0.0.1

Run "druid-gitops <command> --help" for a command's options.

${VALIDATE_USAGE}`;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.stdout(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const guess = closest(name, Object.keys(COMMANDS));
    io.stderr(
      `druid-gitops: unknown command "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Run "druid-gitops --help" for the commands.`,
    );
    return EXIT.usage;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.stderr(`druid-gitops ${name}: ${(error as Error).message}`);
    return EXIT.usage;
  }
}
