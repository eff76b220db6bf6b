import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { backupDatabase } from '../../storage/backup.ts';
import { backupPostgres, MissingToolError, restorePostgres } from '../../storage/pg-backup.ts';
import { fail } from './services.ts';

/** Why a PostgreSQL backup or restore could not run, in Chinese first (the English for a search engine after it). */
function failure(prefix: string, err: unknown): never {
  if (err instanceof MissingToolError) {
    fail(
      `${prefix}：找不到 ${err.tool}。DATABASE_URL 指向 PostgreSQL，备份与恢复需要 PostgreSQL 客户端工具：请安装 postgresql-client（版本不低于服务器），或将 ${err.tool} 所在目录加入 PATH。(${err.message})`,
    );
  }
  fail(`${prefix}：${(err as Error).message}`);
}

/** `backup --out FILE` (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc) and `restore --from FILE` (PostgreSQL: pg_restore). */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('back up the live database to a new file (SQLite at DB_PATH: a checked copy; DATABASE_URL: pg_dump -Fc); the bot may keep running')
    .requiredOption('--out <file>', 'the backup file to create (must not exist)')
    .action(async (opts: { out: string }) => {
      const { DB_PATH, DATABASE_URL } = loadConfig();
      try {
        if (DATABASE_URL) {
          const { bytes, tables } = await backupPostgres(DATABASE_URL, opts.out);
          console.log(`备份完成：${opts.out}（${(bytes / 1024).toFixed(0)} KB，${tables} 张表，pg_dump 自定义格式，可用 restore 命令或 pg_restore 恢复）`);
          return;
        }
        const { bytes, tables } = await backupDatabase(DB_PATH, opts.out);
        console.log(`备份完成：${opts.out}（${(bytes / 1024).toFixed(0)} KB，${tables} 张表，完整性检查通过）`);
      } catch (err) {
        failure('备份失败', err);
      }
    });
  program
    .command('restore')
    .description('PostgreSQL (DATABASE_URL): replace the database with a backup made by `backup` (pg_restore, one transaction); stop the bots first')
    .requiredOption('--from <file>', 'the backup file to restore')
    .action(async (opts: { from: string }) => {
      const { DATABASE_URL } = loadConfig();
      if (!DATABASE_URL) {
        fail(
          '恢复失败：restore 命令用于 PostgreSQL（DATABASE_URL）。SQLite 的备份是一个完整的数据库文件，请停止机器人后按 docs/operations.md 的步骤复制到 DB_PATH。',
        );
      }
      try {
        const { tables } = await restorePostgres(DATABASE_URL, opts.from);
        console.log(`恢复完成：已用 ${opts.from} 恢复数据库（${tables} 张表）。请启动机器人并检查 /healthz。`);
      } catch (err) {
        failure('恢复失败', err);
      }
    });
}
