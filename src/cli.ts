import { Command } from 'commander';
import { registerBackupCommands } from './cli/backup-commands.ts';
import { cliContext } from './cli/context.ts';
import { registerFormCommands } from './cli/form-commands.ts';
import { registerSchedulerCommands } from './cli/scheduler-commands.ts';
import { loadEnvFile } from './env-file.ts';
import { featureCommands } from './features/index.ts';

// The same .env as the bot, so the CLI opens the same database; real environment variables win.
loadEnvFile();

/** `npm run cli -- <command>`: one register function per command group, one line each. */
export const program = new Command('shifan').description('Shifan 示范助手 command line').showHelpAfterError();
for (const register of featureCommands) register(cliContext(program));
registerBackupCommands(program);
registerFormCommands(program);
registerSchedulerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`Error: ${(err as Error).message}`);
  process.exit(1);
}
