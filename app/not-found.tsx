import Link from 'next/link';
import { buttonClasses } from '@/components/ui/Button';

export const metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <div className="flex h-full flex-col items-center justify-center px-6 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">We couldn’t find that page</h1>
      <p className="mt-2 max-w-sm text-sm text-slate-500">
        The map or page may have been deleted, or the link is mistyped.
      </p>
      <Link href="/" className={buttonClasses('primary', 'md', 'mt-6')}>
        Back to your maps
      </Link>
    </div>
  );
}
