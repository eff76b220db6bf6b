import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { backupDatabase } from '../../storage/backup.ts';
import { fail } from './services.ts';

/** `backup --out FILE`: a consistent copy of the live database (the bot may keep running). */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('copy the live SQLite database (DB_PATH) consistently to a new file; the bot may keep running')
    .requiredOption('--out <file>', 'the backup file to create (must not exist)')
    .action(async (opts: { out: string }) => {
      const { DB_PATH } = loadConfig();
      try {
        const { bytes, tables } = await backupDatabase(DB_PATH, opts.out);
        console.log(`备份完成：${opts.out}（${(bytes / 1024).toFixed(0)} KB，${tables} 张表，完整性检查通过）`);
      } catch (err) {
        fail(`备份失败：${(err as Error).message}`);
      }
    });
}
