'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

const LINKS = [
  { href: '/', label: 'Maps', matches: (path: string) => path === '/' || path.startsWith('/maps') },
  { href: '/stores', label: 'Stores', matches: (path: string) => path.startsWith('/stores') },
] as const;

export function NavLinks() {
  const pathname = usePathname() ?? '/';
  return (
    <nav aria-label="Main" className="flex h-full items-center gap-1">
      {LINKS.map((link) => {
        const active = link.matches(pathname);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'relative flex h-full items-center px-2.5 text-sm font-medium transition-colors',
              'focus-visible:outline-2 focus-visible:-outline-offset-4 focus-visible:outline-indigo-600',
              active ? 'text-slate-900' : 'text-slate-500 hover:text-slate-800',
            )}
          >
            {link.label}
            {active && <span aria-hidden className="absolute inset-x-2.5 bottom-0 h-0.5 rounded-full bg-indigo-600" />}
          </Link>
        );
      })}
    </nav>
  );
}
