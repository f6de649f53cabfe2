import fs from 'node:fs';
import path from 'node:path';

/** Bytes of a fixture in lib/orders/fixtures (tests only). */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures', name)));
}

export function fixturePath(name: string): string {
  return path.join(__dirname, 'fixtures', name);
}
