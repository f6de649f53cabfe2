'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { PlusIcon } from '@/components/ui/icons';
import { formatCount, formatDate, formatMoney } from '@/lib/format/numbers';
import { createStore } from './api';
import { StoreActions } from './StoreActions';
import { StoreNameDialog } from './StoreNameDialog';
import type { StoreView } from './types';

const NUMBER_CELL = 'px-4 py-3 text-right tabular-nums';

/** The Stores page body: every store with its figures, and creating a new one. */
export function StoresView({ stores }: { stores: StoreView[] }) {
  const router = useRouter();
  const [creating, setCreating] = useState(false);

  async function create(name: string) {
    const id = await createStore(name);
    setCreating(false);
    router.push(`/stores/${id}`);
  }

  return (
    <div className="mx-auto max-w-6xl px-6 py-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Stores</h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-500">
            A store is one order history, imported from CSV. Journey maps are compared with what its customers actually did.
          </p>
        </div>
        <Button variant="primary" onClick={() => setCreating(true)}>
          <PlusIcon /> New store
        </Button>
      </header>

      <div className="mt-6 overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {stores.length === 0 ? (
          <EmptyState
            title="No stores yet"
            description="Create a store, then import its order export (Shopify or any CSV) to see real customer timelines."
            actions={
              <Button variant="primary" onClick={() => setCreating(true)}>
                <PlusIcon /> New store
              </Button>
            }
          />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Stores and their order history</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-2.5 text-left">Store</th>
                  <th scope="col" className="px-4 py-2.5 text-right">Customers</th>
                  <th scope="col" className="px-4 py-2.5 text-right">Orders</th>
                  <th scope="col" className="px-4 py-2.5 text-right">Purchases</th>
                  <th scope="col" className="px-4 py-2.5 text-right">Revenue</th>
                  <th scope="col" className="px-4 py-2.5 text-right">First order</th>
                  <th scope="col" className="px-4 py-2.5 text-right">Last order</th>
                  <th scope="col" className="px-4 py-2.5 text-right">Imports</th>
                  <th scope="col" className="w-20 px-2 py-2.5">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {stores.map((store) => (
                  <tr key={store.id} className="hover:bg-slate-50/70" data-testid="store-row">
                    <th scope="row" className="px-4 py-3 text-left font-medium">
                      <Link
                        href={`/stores/${store.id}`}
                        className="rounded text-slate-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                      >
                        {store.name}
                      </Link>
                      {store.isDemo && (
                        <Badge tone="accent" className="ml-2 align-middle">
                          Demo
                        </Badge>
                      )}
                      {store.problem && (
                        <Badge tone="danger" className="ml-2 align-middle">
                          Damaged
                        </Badge>
                      )}
                    </th>
                    {store.problem ? (
                      // Unknown, not zero: the figures live in the missing file.
                      <td colSpan={6} className="px-4 py-3 text-left text-sm text-rose-700">
                        {store.problem}
                      </td>
                    ) : (
                      <>
                        <td className={NUMBER_CELL}>{formatCount(store.summary.customers)}</td>
                        <td className={NUMBER_CELL}>{formatCount(store.summary.orders)}</td>
                        <td className={NUMBER_CELL}>{formatCount(store.summary.purchases)}</td>
                        <td className={NUMBER_CELL}>{formatMoney(store.summary.revenue)}</td>
                        <td className={`${NUMBER_CELL} text-slate-600`}>{formatDate(store.summary.firstOrderAt)}</td>
                        <td className={`${NUMBER_CELL} text-slate-600`}>{formatDate(store.summary.lastOrderAt)}</td>
                      </>
                    )}
                    <td className={NUMBER_CELL}>{formatCount(store.summary.imports)}</td>
                    <td className="px-2 py-2 text-right">
                      <StoreActions store={store} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <StoreNameDialog
        open={creating}
        title="New store"
        submitLabel="Create store"
        onSubmit={create}
        onClose={() => setCreating(false)}
      />
    </div>
  );
}
