import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from '../../core/logger.ts';
import { textReply } from '../../core/reply.ts';
import type { Router } from '../../core/router.ts';
import { createKnowledge, type Knowledge } from '../../knowledge/index.ts';
import { checkProgramme } from '../../programme-import/index.ts';
import { loadProgramme, type Programme } from '../../programme.ts';

export type ReloadResult =
  | { readonly ok: true; readonly documents: readonly string[]; readonly clauses: number }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * The Q&A's knowledge, replaced whole when the notice is reloaded: a folder that fails
 * `programme check` is not loaded, and questions are answered from the old knowledge until
 * the new one is built. One reload at a time; a second request waits for the first.
 */
export class KnowledgeHolder {
  #current: Knowledge;
  #reloading: Promise<ReloadResult> | undefined;

  constructor(private readonly programme: Programme) {
    this.#current = createKnowledge(programme);
  }

  get current(): Knowledge {
    return this.#current;
  }

  reload(): Promise<ReloadResult> {
    this.#reloading ??= this.#rebuild().finally(() => {
      this.#reloading = undefined;
    });
    return this.#reloading;
  }

  /** Reloads a second after notice.md or programme.json last changed (NOTICE_WATCH); the watch never keeps the process alive. */
  watch(logger: Logger): void {
    let timer: NodeJS.Timeout | undefined;
    const files = new Set(['programme.json', basename(this.programme.data.notice)]);
    const watcher = watch(this.programme.folder, (_event, file) => {
      if (file && !files.has(String(file))) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const result = await this.reload();
        if (result.ok) logger.info({ documents: result.documents, clauses: result.clauses }, 'notice reloaded after a change in the programme folder');
        else logger.warn({ errors: result.errors }, 'notice changed but fails programme check; the old notice keeps answering');
      }, 1000);
      timer.unref();
    });
    watcher.unref();
  }

  async #rebuild(): Promise<ReloadResult> {
    // Let the questions already queued be answered from the old knowledge first.
    await nextTurn();
    const folder = this.programme.folder;
    const check = checkProgramme(folder);
    if (check.errors.length) return { ok: false, errors: check.errors };
    try {
      const fresh = loadProgramme(basename(folder), dirname(folder));
      const next = createKnowledge(fresh);
      this.#current = next;
      return { ok: true, documents: Object.values(fresh.data.documents).map((d) => d.cite), clauses: next.clauses.length };
    } catch (err) {
      // A file caught half-written: the next change (or 重新加载通知) tries again.
      return { ok: false, errors: [`读取通知时出错：${(err as Error).message}`] };
    }
  }
}

/** The administrator's 重新加载通知: after `programme import` into the running bot's folder. */
export function registerReload(router: Router, holder: KnowledgeHolder): void {
  router.command({
    name: 'qa-reload',
    match: ['重新加载通知', '重载通知', '重新加载', 'reload notice'],
    roles: ['admin'],
    help: { usage: '重新加载通知', description: '导入或修改通知后，重新读取通知并重建问答（无需重启）', roles: ['admin'] },
    async handle() {
      const result = await holder.reload();
      if (!result.ok) {
        const shown = result.errors.slice(0, 5).map((e, i) => `${i + 1}. ${e}`);
        const more = result.errors.length > 5 ? `\n（另有${result.errors.length - 5}处，请用命令行查看）` : '';
        return [
          textReply(
            `通知未重新加载，问答继续使用原有内容。发现${result.errors.length}处问题：\n${shown.join('\n')}${more}\n请修改后运行 npm run cli -- programme check 核对，再发送“重新加载通知”。`,
          ),
        ];
      }
      return [textReply(`已重新加载通知：共${result.documents.length}份文件（${result.documents.join('、')}），${result.clauses}个条款。新的问答即时生效。`)];
    },
  });
}
