/**
 * `text.trim()`, without the call when there is nothing to trim: the import trims every
 * cell it reads (tens of millions in a large export), and nearly all begin and end with
 * a printable ASCII character. Any other first or last character, including Unicode
 * spaces, goes to trim() itself.
 */
export function trimmed(text: string): string {
  const length = text.length;
  if (length === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}
