/** A last message as staff lists show it (the dashboard, the follow-up list): enough to recognise, not to read. */
export const LAST_MESSAGE_CHARS = 80;

export function cutText(text: string): string {
  if (text.length <= LAST_MESSAGE_CHARS) return text;
  // Cut on a code point, not inside a surrogate pair.
  return Array.from(text).slice(0, LAST_MESSAGE_CHARS - 1).join('') + '…';
}

/** Most characters of a caller's input quoted back in an error message. */
export const QUOTED_CHARS = 60;

/**
 * Input quoted back in an error, cut to a readable length: a refusal must say what was wrong without
 * repeating a 100,000-character username whole (the CLI's `echo` does the same for flags).
 */
export function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  if (text.length <= QUOTED_CHARS) return text;
  const shown = Array.from(text).slice(0, QUOTED_CHARS - 1).join('');
  return `${shown}…" (${Array.from(String(value)).length} characters)`;
}
