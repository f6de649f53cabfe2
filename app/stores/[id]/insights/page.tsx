import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { InsightsView } from '@/components/insights/InsightsView';
import { Badge } from '@/components/ui/Badge';
import { getStore } from '@/db/queries/stores';
import { isUuid } from '@/server/http';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { id } = await params;
  const store = isUuid(id) ? getStore(id) : undefined;
  return { title: store ? `Insights · ${store.name}` : 'Store not found' };
}

/** What the store's customers did: key figures, repeat purchases, cohorts, products and segments. */
export default async function StoreInsightsPage({ params }: Props) {
  await connection();
  const { id } = await params;
  const store = isUuid(id) ? getStore(id) : undefined;
  if (!store) notFound();
  const linkClass = 'rounded hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-6 py-8">
      <div>
        <nav aria-label="Breadcrumb" className="text-[13px] text-slate-500">
          <Link href="/stores" className={linkClass}>
            Stores
          </Link>
          <span aria-hidden className="mx-1.5">/</span>
          <Link href={`/stores/${store.id}`} className={linkClass}>
            {store.name}
          </Link>
          <span aria-hidden className="mx-1.5">/</span>
        </nav>
        <div className="mt-1 flex items-center gap-3">
          <h1 className="truncate text-xl font-semibold text-slate-900">Insights</h1>
          {store.isDemo && <Badge tone="accent">Demo</Badge>}
        </div>
        <p className="mt-1 text-sm text-slate-500">
          What the customers of {store.name} actually did. Every filter looks at the customer’s first purchase.
        </p>
      </div>
      <InsightsView storeId={store.id} />
    </div>
  );
}
