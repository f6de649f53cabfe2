import 'server-only';
import { getDbHandle } from '@/db/client';
import { ensureDemoStore } from './imports/demo-seed';

/**
 * Work done once when the server starts, before it listens: open the database (which
 * applies migrations), mark imports a previous process left running as failed, and on
 * the very first start create the demo store (its import runs in the background).
 */
export async function startup(): Promise<void> {
  getDbHandle();
  const demo = ensureDemoStore();
  if (demo) {
    console.log('First start: importing the demo store in the background…');
    demo.done.then(
      () => console.log('Demo store ready.'),
      (error: unknown) => console.error('The demo store could not be imported:', error),
    );
  }
}
