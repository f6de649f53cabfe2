import Link from 'next/link';
import { NavLinks } from './NavLinks';
import { Wordmark } from './Wordmark';

export function TopBar() {
  return (
    <header className="z-40 flex h-12 shrink-0 items-center gap-6 border-b border-slate-200 bg-white px-4 sm:px-6">
      <Link
        href="/"
        className="-mx-1 rounded-md px-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        aria-label="Loopmap home"
      >
        <Wordmark />
      </Link>
      <NavLinks />
    </header>
  );
}
