/**
 * @石帆 开始填报 / 暂停 @小石: a chat line in a group addresses the bot (or a colleague) by an @mention, first or last;
 * the mention names whom the line is for and is no part of what it asks.
 */
const MENTION = /@[^\s@:：,，]{1,16}/.source;

/** The line without the @mentions that open or close it (an @ inside the words, as in an e-mail address, is kept). */
export function withoutMentions(line: string): string {
  return line
    .replace(new RegExp(`^\\s*(?:${MENTION}[\\s:：,，]+)+`), '')
    .replace(new RegExp(`(?:[\\s:：,，]+${MENTION})+\\s*$`), '')
    .replace(new RegExp(`^\\s*${MENTION}\\s*$`), '');
}
