/**
 * Short random ids for new nodes and edges. Uses crypto.getRandomValues, which (unlike
 * crypto.randomUUID) also exists on plain-http origins such as a LAN address.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newId(prefix: string): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${out}`;
}

const PREFIX = { stage: 'st', touchpoint: 'tp', milestone: 'ms', persona: 'pe', note: 'no', edge: 'e' } as const;

export function idFor(kind: keyof typeof PREFIX): string {
  return newId(PREFIX[kind]);
}
