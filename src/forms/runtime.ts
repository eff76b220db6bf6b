import type { Logger } from '../core/logger.ts';
import type { Reply } from '../core/reply.ts';
import { reply, textReply } from '../core/reply.ts';
import type { Context, Replies, Router } from '../core/router.ts';
import type { Repositories } from '../../storage/repositories/index.ts';
import type { ConversationStatus } from '../../storage/repositories/conversation.repository.ts';
import type { Conversation } from '../../storage/schema.ts';
import { controlOf } from './controls.ts';
import { advance, promptFor, step, type Outcome } from './engine.ts';
import { intentOf } from './intents.ts';
import { cardOutcome } from './card-submission.ts';
import { cardForm, formSubmitAction } from './prompts.ts';
import { readState, STATE_VERSION, type FormState, type Subject } from './state.ts';
import { isRequired, visibleFields, type Answers, type FieldValue, type FormTemplate } from './template.ts';
import type { AnswerLimits } from './values.ts';

export interface SubmitInput {
  /** The repositories of the transaction the submission runs in, together with closing the form. */
  readonly repos: Repositories;
  readonly state: FormState;
  readonly ctx: Context;
}

export type SubmitResult =
  | { readonly ok: true; readonly replies: Reply[] }
  /** Refused: stays at the summary, or goes to `key` to change it; `close` ends the form (e.g. already submitted). */
  | { readonly ok: false; readonly error: string; readonly key?: string; readonly close?: boolean };

/** What a feature supplies to run its form: the template and what happens on submission. */
export interface FormDefinition {
  readonly template: FormTemplate;
  /** A check that needs data (e.g. the allocation); a Chinese sentence when the answer cannot stand. */
  check?(subject: Subject, answers: Answers, key: string): Promise<string | undefined>;
  /** What an amount may reach before the form asks "您填写的是 … 吗？" (e.g. the allocation still unspent). */
  limits?(subject: Subject, answers: Answers, key: string): Promise<AnswerLimits>;
  /** Stores a confirmed new submission. */
  submit(input: SubmitInput): Promise<SubmitResult>;
  /** Stores confirmed changes to an earlier submission, with the reason given. */
  saveEdit?(input: SubmitInput & { readonly reason: string }): Promise<SubmitResult>;
}

export interface StartOptions {
  readonly title: string;
  readonly subject: Subject;
  readonly mode?: 'fill' | 'edit';
  /** Last period's values, for 同上周 and running totals. */
  readonly previous?: Answers;
  /** Edit mode: the stored values. */
  readonly answers?: Answers;
  /** Edit mode: reasons stored with them for running totals below last period's. */
  readonly reasons?: Readonly<Record<string, string>>;
  readonly personId?: number | null;
  readonly countyId?: string | null;
  /** First paragraph of the opening message. */
  readonly intro?: string;
}

/** A registered form: start it from a command; the middleware does the rest. */
export interface FormHandle {
  readonly template: FormTemplate;
  start(ctx: Context, options: StartOptions): Promise<Reply[]>;
  /** The open or paused form of this template on the conversation, if any. */
  current(ctx: Context): Promise<{ readonly status: ConversationStatus; readonly state: FormState } | undefined>;
}

export interface FormHost {
  readonly router: Router;
  readonly repos: Repositories;
  readonly logger: Logger;
}

const ACTIVE: readonly ConversationStatus[] = ['open', 'paused'];
const CARD_CLOSED_TEXT = '这张表单已提交、已取消或已失效，本次提交未保存。如需填报，请发送“填报”重新开始。';
const STALE_TEXT = '填报表单已更新，您之前未完成的填写已失效，请重新发送“填报”开始。';
const APPLIED_TEXT = '您的这条消息已经记录，无需重复发送。';
const SUBMITTED_TEXT = '您的填报已经提交成功，这条消息无需重复发送。';
const CANCELLED_TEXT = '本次填写已经取消，这条消息无需重复发送。';

const sameSubject = (a: Subject, b: Subject): boolean => Object.keys({ ...a, ...b }).every((k) => (a[k] ?? null) === (b[k] ?? null));

/**
 * Registers a form: a router middleware that takes over a conversation while
 * it has this form open, committing the state with every answer before replying.
 */
export function registerForm(host: FormHost, definition: FormDefinition): FormHandle {
  const { router, repos, logger } = host;
  const { template } = definition;
  const submitAction = formSubmitAction(template.id);

  const check = (state: FormState) => (definition.check ? (answers: Answers, key: string) => definition.check!(state.subject, answers, key) : undefined);
  const limits = (state: FormState) => (definition.limits ? (answers: Answers, key: string) => definition.limits!(state.subject, answers, key) : undefined);

  function loaded(row: Conversation | undefined): { row: Conversation; state: FormState | undefined } | undefined {
    if (!row || row.form_id !== template.id || !ACTIVE.includes(row.status)) return undefined;
    const state = row.form_version === template.version ? readState(row.state) : undefined;
    return { row, state };
  }
  const load = async (ctx: Context) => loaded(await repos.conversations.findConversation(ctx.conversationKey));

  async function commit(ctx: Context, row: Conversation, state: FormState | undefined, status: ConversationStatus): Promise<boolean> {
    const patch = { state: state ? JSON.stringify(state) : undefined, status, messageId: ctx.message.messageId };
    return repos.conversations.saveConversation(row.key, row.version, patch, ctx.now);
  }

  /**
   * This very message changed the form already: a process died after committing it and before
   * replying, and the platform delivered it again. It is not applied a second time; the person
   * hears where the form stands.
   */
  function appliedBefore(row: Conversation): Replies {
    if (row.status === 'submitted') return [textReply(SUBMITTED_TEXT)];
    if (row.status === 'cancelled') return [textReply(CANCELLED_TEXT)];
    const state = loaded(row)?.state;
    return state ? [promptFor(template, state, [APPLIED_TEXT])] : [textReply(STALE_TEXT)];
  }

  async function finish(ctx: Context, row: Conversation, outcome: Outcome): Promise<Replies | undefined> {
    switch (outcome.kind) {
      case 'continue':
        return (await commit(ctx, row, outcome.state, 'open')) ? outcome.replies : undefined;
      case 'pause':
        return (await commit(ctx, row, outcome.state, 'paused')) ? outcome.replies : undefined;
      case 'close':
        return (await commit(ctx, row, undefined, outcome.status)) ? outcome.replies : undefined;
      case 'ask-router': {
        // The commands hear the question with `duringForm` set, so a start command can tell.
        const answered = await router.dispatch({ ...ctx, duringForm: true });
        return [...answered, ...outcome.replies];
      }
      case 'submit':
      case 'save-edit': {
        if (outcome.kind === 'save-edit' && !definition.saveEdit) return [textReply('该表单不支持修改。')];
        const result = await repos
          .transaction(async (trx) => {
            const input = { repos: trx, state: outcome.state, ctx };
            const res = outcome.kind === 'submit' ? await definition.submit(input) : await definition.saveEdit!({ ...input, reason: outcome.reason });
            if (!res.ok && !res.close) return res;
            const submitted = { status: 'submitted' as const, messageId: ctx.message.messageId };
            if (!(await trx.conversations.saveConversation(row.key, row.version, submitted, ctx.now))) throw new ConflictError();
            return res;
          })
          .catch((err: unknown) => {
            if (err instanceof ConflictError) return undefined;
            throw err;
          });
        if (!result) return undefined;
        if (result.ok) return result.replies;
        if (result.close) return [textReply(result.error)];
        const back = result.key
          ? { ...outcome.state, step: { at: 'field' as const, key: result.key }, reviewing: true, invalid: 0 }
          : { ...outcome.state, step: { at: 'confirm' as const } };
        return (await commit(ctx, row, back, 'open')) ? [promptFor(template, back, [result.error])] : undefined;
      }
    }
  }

  async function handleCard(ctx: Context, row: Conversation, state: FormState): Promise<Replies | undefined> {
    return finish(ctx, row, await cardOutcome(template, state, ctx.message.action?.values ?? {}, ctx.now, check(state)));
  }

  async function handleOnce(ctx: Context, next: () => Promise<Replies>): Promise<Replies | undefined> {
    const found = await repos.conversations.findConversation(ctx.conversationKey);
    if (found?.form_id === template.id && found.last_message_id === ctx.message.messageId) return appliedBefore(found);
    const current = loaded(found);
    if (!current) {
      if (ctx.message.action?.name === submitAction) return [textReply(CARD_CLOSED_TEXT)];
      return next();
    }
    const { row, state } = current;
    if (!state) {
      await commit(ctx, row, undefined, 'expired');
      return [textReply(STALE_TEXT)];
    }
    const action = ctx.message.action;
    // A paused form hears only resume and cancel, in everyday words too (接着填, 算了不填了).
    const control = controlOf(ctx.text) ?? intentOf(ctx.text);
    if (row.status === 'paused') {
      if (action?.name === submitAction) return handleCard(ctx, row, state);
      if (control === 'resume')
        return finish(ctx, row, { kind: 'continue', state, replies: [promptFor(template, state, [`好的，我们继续填写“${state.title}”。`])] });
      if (control === 'cancel') return finish(ctx, row, await step({ template, state, text: ctx.text, now: ctx.now, isCommand: false }));
      return next();
    }
    if (action?.name === submitAction) return handleCard(ctx, row, state);
    if (!ctx.text) return [promptFor(template, state)];
    const outcome = await step({
      template,
      state,
      text: ctx.text,
      raw: ctx.message.text,
      now: ctx.now,
      isCommand: router.matchesCommand(ctx.text),
      check: check(state),
      limits: limits(state),
    });
    return finish(ctx, row, outcome);
  }

  router.use(async (ctx, next) => {
    // A second message may commit first; then read again and apply this one to the new state.
    for (let attempt = 0; attempt < 3; attempt++) {
      const replies = await handleOnce(ctx, next);
      if (replies) return replies;
      logger.debug({ key: ctx.conversationKey }, 'form state changed meanwhile; retrying');
    }
    return [textReply('您的消息与另一条消息同时到达，请稍后重发这一条。')];
  });

  return {
    template,
    async current(ctx) {
      const loaded = await load(ctx);
      return loaded?.state ? { status: loaded.row.status, state: loaded.state } : undefined;
    },
    async start(ctx, options) {
      const mode = options.mode ?? 'fill';
      const existing = await repos.conversations.findConversation(ctx.conversationKey);
      if (existing && ACTIVE.includes(existing.status)) {
        const st = readState(existing.state);
        // 填报 again, or 怎么填, mid-form: the question below, with its hint, is how to go on.
        if (ctx.duringForm) return [textReply(`您正在填写“${st?.title ?? '表单'}”，请按提示直接回答下面这一项；如需稍后再填，请回复“暂停”。`)];
        if (
          st &&
          existing.form_id === template.id &&
          existing.form_version === template.version &&
          st.mode === mode &&
          sameSubject(st.subject, options.subject)
        ) {
          const resumed = await repos.conversations.saveConversation(existing.key, existing.version, { status: 'open' }, ctx.now);
          if (resumed) return [promptFor(template, st, [`您有一份未完成的“${st.title}”，我们从上次的位置继续。`])];
        }
        if (st) return [textReply(`您还有一份未完成的“${st.title}”。请先发送“继续填报”完成它，或发送“取消填报”放弃后再开始新的填写。`)];
      }
      const given = options.answers ?? {};
      const answers: Record<string, FieldValue | null> = {};
      // Edit: fields not asked are left out (they come back unanswered if they become asked), skipped optional ones are null.
      for (const f of mode === 'edit' ? visibleFields(template, given) : []) {
        const value = given[f.key];
        if (value !== undefined) answers[f.key] = value;
        else if (!isRequired(f, given)) answers[f.key] = null;
      }
      if (mode === 'fill') Object.assign(answers, given);
      const initial: FormState = {
        v: STATE_VERSION,
        mode,
        title: options.title,
        subject: options.subject,
        chatKind: ctx.message.chatKind,
        step: { at: 'confirm' },
        answers,
        original: mode === 'edit' ? answers : undefined,
        previous: { ...(options.previous ?? {}) },
        reasons: { ...(options.reasons ?? {}) },
        trail: [],
        invalid: 0,
        reviewing: false,
      };
      const first = mode === 'edit' ? { kind: 'continue' as const, state: initial, replies: [promptFor(template, initial)] } : advance(template, initial);
      if (first.kind !== 'continue') throw new Error('a new form must start with a question');
      const opened = await repos.conversations.openConversation(
        {
          key: ctx.conversationKey,
          formId: template.id,
          formVersion: template.version,
          state: JSON.stringify(first.state),
          personId: options.personId ?? null,
          countyId: options.countyId ?? null,
          platform: ctx.message.platform,
          chatId: ctx.message.chatId,
        },
        ctx.now,
      );
      if (!opened) return [textReply('您还有一份未完成的填写。请先发送“继续填报”完成它，或发送“取消填报”放弃。')];
      const opening = promptFor(template, first.state, options.intro ? [options.intro] : []);
      return [mode === 'fill' ? reply({ ...opening, form: cardForm(template) }) : opening];
    },
  };
}

class ConflictError extends Error {}
