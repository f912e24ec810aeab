/** A last message as staff lists show it (the dashboard, the follow-up list): enough to recognise, not to read. */
export const LAST_MESSAGE_CHARS = 80;

export function cutText(text: string): string {
  if (text.length <= LAST_MESSAGE_CHARS) return text;
  // Cut on a code point, not inside a surrogate pair.
  return Array.from(text).slice(0, LAST_MESSAGE_CHARS - 1).join('') + '…';
}
