import { describe, expect, it } from 'vitest';
import { trimmed } from './trim';

describe('trimmed', () => {
  it.each(['', 'a', 'abc', ' a ', '\ta\n', '\u00a0a\u00a0', '\ufeffa', 'a\u3000', 'é', ' é ', '\u2003x', 'x y', '\u0000x', 'x\u007f'])(
    'agrees with trim() on %j',
    (text) => {
      expect(trimmed(text)).toBe(text.trim());
    },
  );
});
