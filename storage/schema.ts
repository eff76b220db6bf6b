import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { PeriodChangeTable } from './period-changes.ts';

/**
 * Table interfaces. Timestamps are ISO-8601 strings (UTC), calendar dates are
 * YYYY-MM-DD (Asia/Shanghai), money is integer 元 — never binary floats.
 */
export interface ProgrammeTable {
  id: string;
  name: string;
  loaded_at: string;
}

export interface PrefectureTable {
  id: string;
  programme_id: string;
  name: string;
}

export interface CountyTable {
  id: string;
  programme_id: string;
  prefecture_id: string | null;
  name: string;
  allocation_yuan: number;
  /** Number of registered poor villages (建档立卡贫困村), set by prefecture staff; null when unknown. */
  poor_villages: number | null;
}

/** official: a county; prefecture: one 市州's staff; province: the province's (省商务厅), every county; admin: runs the bot. */
export type PersonRole = 'official' | 'prefecture' | 'province' | 'admin';

export interface PersonTable {
  id: Generated<number>;
  name: string;
  role: PersonRole;
  county_id: string | null;
  prefecture_id: string | null;
  created_at: string;
  active: Generated<number>;
}

export interface IdentityTable {
  id: Generated<number>;
  person_id: number;
  platform: string;
  platform_user_id: string;
  created_at: string;
}

export interface InviteTable {
  code: string;
  role: PersonRole;
  county_id: string | null;
  prefecture_id: string | null;
  person_name: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by_person_id: number | null;
}

export interface ChatTable {
  id: Generated<number>;
  platform: string;
  platform_chat_id: string;
  name: string | null;
  purpose: 'province' | 'prefecture' | 'county';
  prefecture_id: string | null;
  county_id: string | null;
  registered_by: number | null;
  registered_at: string;
}

export interface ConversationTable {
  key: string;
  form_id: string;
  form_version: number;
  /** Versioned JSON state of the form; `version` counts commits. */
  state: string;
  version: number;
  status: 'open' | 'paused' | 'submitted' | 'cancelled' | 'expired';
  person_id: number | null;
  county_id: string | null;
  platform: string;
  chat_id: string;
  created_at: string;
  updated_at: string;
  reminded_at: string | null;
  /** The platform message id the form last applied (so a message handled again after a crash is not applied twice). */
  last_message_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ReportTable {
  id: Generated<number>;
  form_id: string;
  form_version: number;
  county_id: string;
  /** ISO week, e.g. 2018-W40. */
  period: string;
  submitted_by: number | null;
  on_behalf: number;
  submitted_at: string;
  updated_at: string;
}

export interface ReportValueTable {
  report_id: number;
  field: string;
  /** Amounts in integer 元, counts as integers, percentages in basis points, yes/no as 1/0. */
  num: number | null;
  text: string | null;
}

/**
 * Each report's running totals (derived from report_values, kept in the transaction that writes
 * them): for every numeric field the county has reported so far, the sum of its values over
 * the county's reports of the form up to this one, and the latest value reported.
 */
export interface ReportTotalTable {
  report_id: number;
  field: string;
  sum: number;
  latest: number;
}

export interface ReportRevisionTable {
  id: Generated<number>;
  report_id: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
  changed_by: number | null;
  changed_at: string;
  reason: string | null;
}

export interface MilestoneTable {
  id: string;
  programme_id: string;
  title: string;
  due_date: string;
  /** Clause id in the notice (e.g. plan-4-2), null for milestones added in chat. */
  clause_id: string | null;
  detail: string | null;
  source: 'programme' | 'chat' | 'cli';
  created_by: number | null;
  created_at: string;
  closed_at: string | null;
  /** Null: programme-wide (only the admin changes it); else the one prefecture whose counties it concerns. */
  prefecture_id: string | null;
}

export interface MilestoneStatusTable {
  milestone_id: string;
  county_id: string;
  done_at: string;
  done_by: number | null;
  note: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  dedup_key: string;
  platform: string;
  chat_id: string;
  chat_kind: 'direct' | 'group';
  /** JSON of the Reply to send. */
  reply: string;
  /** Why it is sent (for previews and the audit). */
  reason: string | null;
  due_at: string;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  next_attempt_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface InboundEventTable {
  platform: string;
  event_id: string;
  received_at: string;
  /**
   * 'journaled' when recorded by the adapter before the platform was acknowledged, 'handling'
   * while a bot process's router works on it, 'done' once its reply is queued or sent.
   */
  status: ColumnType<InboundStatus, InboundStatus | undefined, InboundStatus>;
  /** The bot process (bot_instances.id) that claimed it. */
  claimed_by: string | null;
  /** When a claim still 'handling' lapses and another process may take it over (wall-clock ISO time). */
  lease_until: string | null;
  /** JSON: the journaled message and what its adapter needs to reply; null once done (or never journaled). */
  payload: string | null;
}

export type InboundStatus = 'journaled' | 'handling' | 'done';

/** One row per bot process: its heartbeat tells the others it is alive. */
export interface BotInstanceTable {
  id: string;
  started_at: string;
  beat_at: string;
}

/** Starts counted per key and fixed window, shared by every bot process (see rate-window.repository.ts). */
export interface RateWindowTable {
  key: string;
  /** The window's wall-clock start (ISO time). */
  window_start: string;
  hits: number;
}

export interface QaLogTable {
  id: Generated<number>;
  asked_at: string;
  platform: string;
  user_id: string;
  person_id: number | null;
  question: string;
  answered: number;
  clause_id: string | null;
  answer: string | null;
  feedback: 'up' | 'down' | null;
  feedback_at: string | null;
  /** The conversation asked in and the answer's topic, for follow-ups (null in rows from before they were kept). */
  conversation_key: string | null;
  topic: string | null;
}

/** A one-time login link for the web chat; only the code's SHA-256 is stored. */
export interface WebLoginTable {
  code_hash: string;
  person_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A browser session of the web chat, bound to one person; only the id's SHA-256 is stored. */
export interface WebSessionTable {
  id_hash: string;
  person_id: number;
  created_at: string;
  expires_at: string;
}

/** One failed 绑定 attempt, counted to slow down guessing. */
export interface BindFailureTable {
  id: Generated<number>;
  platform: string;
  user_id: string;
  failed_at: string;
}

export interface Database {
  programmes: ProgrammeTable;
  prefectures: PrefectureTable;
  counties: CountyTable;
  people: PersonTable;
  identities: IdentityTable;
  invites: InviteTable;
  chats: ChatTable;
  conversations: ConversationTable;
  reports: ReportTable;
  report_values: ReportValueTable;
  report_totals: ReportTotalTable;
  period_changes: PeriodChangeTable;
  report_revisions: ReportRevisionTable;
  milestones: MilestoneTable;
  milestone_status: MilestoneStatusTable;
  outbox: OutboxTable;
  inbound_events: InboundEventTable;
  bot_instances: BotInstanceTable;
  rate_windows: RateWindowTable;
  qa_log: QaLogTable;
  web_logins: WebLoginTable;
  web_sessions: WebSessionTable;
  bind_failures: BindFailureTable;
}

export type County = Selectable<CountyTable>;
export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type Invite = Selectable<InviteTable>;
export type Chat = Selectable<ChatTable>;
export type Conversation = Selectable<ConversationTable>;
export type ConversationUpdate = Updateable<ConversationTable>;
export type Report = Selectable<ReportTable>;
export type ReportValue = Selectable<ReportValueTable>;
export type Milestone = Selectable<MilestoneTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;
export type QaLogRow = Selectable<QaLogTable>;
