'use client';

import Link from 'next/link';
import { buttonClasses } from '@/components/ui/Button';

/**
 * What a page shows when loading it failed on the server: what happened, that nothing was
 * changed, and the way on. The server log has the error itself; its reference is shown
 * so the two can be matched.
 */
export default function PageError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div role="alert" className="flex h-full flex-col items-center justify-center px-6 py-24 text-center">
      <p className="text-sm font-semibold text-rose-600">Something went wrong</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">This page could not be shown</h1>
      <p className="mt-2 max-w-md text-sm text-slate-500">
        Nothing was changed. Try again in a moment; if it keeps happening, the server log says what went wrong
        {error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <div className="mt-6 flex gap-3">
        <button type="button" className={buttonClasses('primary', 'md')} onClick={() => retry()}>
          Try again
        </button>
        <Link href="/" className={buttonClasses('secondary', 'md')}>
          Back to your maps
        </Link>
      </div>
    </div>
  );
}
