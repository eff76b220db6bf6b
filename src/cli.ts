import { Command } from 'commander';
import { registerAdminCommands } from './cli/admin-commands.ts';
import { registerBackupCommands } from './cli/backup-commands.ts';
import { registerExportCommands } from './cli/export-commands.ts';
import { registerFormCommands } from './cli/form-commands.ts';
import { registerQaCommands } from './cli/qa-commands.ts';
import { registerReportCommands } from './cli/report-commands.ts';
import { registerSchedulerCommands } from './cli/scheduler-commands.ts';
import { loadEnvFile } from './env-file.ts';

// The same .env as the bot, so the CLI opens the same database; real environment variables win.
loadEnvFile();

/** `npm run cli -- <command>`: one register function per command group, one line each. */
export const program = new Command('shifan').description('Shifan 示范助手 command line').showHelpAfterError();
registerAdminCommands(program);
registerBackupCommands(program);
registerExportCommands(program);
registerFormCommands(program);
registerQaCommands(program);
registerReportCommands(program);
registerSchedulerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`Error: ${(err as Error).message}`);
  process.exit(1);
}
