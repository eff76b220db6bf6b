import type { Command } from './router.ts';

/** Whether a command takes the text: null or the pattern's match when it does, undefined when not. */
export function matchCommand(command: Command, text: string): RegExpExecArray | null | undefined {
  if (typeof command.match === 'function') return command.match(text) ? null : undefined;
  if (command.match instanceof RegExp) {
    command.match.lastIndex = 0;
    return command.match.exec(text) ?? undefined;
  }
  const lower = text.toLowerCase();
  return command.match.some((k) => k.toLowerCase() === lower) ? null : undefined;
}
