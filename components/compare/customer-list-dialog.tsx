'use client';

import { useEffect, useState } from 'react';
import { formatCount, formatDate, formatMoney } from '@/lib/format/numbers';
import { selectCompareActions } from '@/lib/store/compare-store';
import { Button, buttonClasses } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Spinner } from '@/components/ui/Spinner';
import { useCompare } from './context';
import { customersCsvUrl, fetchCustomerPage, type CustomerPageView } from './api';

export const CUSTOMER_PAGE_SIZE = 25;

/** The customers behind the number that was clicked: a paged table and a CSV download. */
export function CustomerListDialog() {
  const list = useCompare((s) => s.list);
  const { closeList } = useCompare(selectCompareActions);
  return (
    <Dialog
      open={list !== null}
      onClose={closeList}
      size="lg"
      title={list?.title ?? 'Customers'}
      description="Customers are listed by their first purchase; the map's filters apply."
    >
      {list && <CustomerTable key={list.figure} figure={list.figure} />}
    </Dialog>
  );
}

function CustomerTable({ figure }: { figure: string }) {
  const mapId = useCompare((s) => s.mapId);
  const storeId = useCompare((s) => s.storeId);
  const filters = useCompare((s) => s.filters);
  const [offset, setOffset] = useState(0);
  // What was last answered, and for which offset: the table is loading while they differ.
  const [result, setResult] = useState<{ offset: number; page: CustomerPageView | null; error: string | null } | null>(null);

  useEffect(() => {
    if (!storeId) return;
    const controller = new AbortController();
    fetchCustomerPage(mapId, storeId, filters, figure, offset, CUSTOMER_PAGE_SIZE, controller.signal).then(
      (page) => setResult({ offset, page, error: null }),
      (cause: unknown) => {
        if (cause instanceof DOMException && cause.name === 'AbortError') return;
        setResult((previous) => ({ offset, page: previous?.page ?? null, error: cause instanceof Error ? cause.message : String(cause) }));
      },
    );
    return () => controller.abort();
  }, [mapId, storeId, filters, figure, offset]);

  const loading = result?.offset !== offset;
  const page = result?.page ?? null;
  const error = result?.error ?? null;
  if (!storeId) return null;
  if (error) {
    return (
      <p role="alert" className="text-sm text-rose-600">
        {error}
      </p>
    );
  }
  if (!page) {
    return (
      <div className="flex justify-center py-10">
        <Spinner label="Loading customers" />
      </div>
    );
  }
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.rows.length;
  return (
    <div className="space-y-3" data-testid="customer-list" data-total={page.total} aria-busy={loading}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" data-testid="customer-list-range">
          {page.total === 0 ? 'No customers.' : `${formatCount(first)}–${formatCount(last)} of ${formatCount(page.total)} customers`}
        </p>
        <a
          href={customersCsvUrl(mapId, storeId, filters, figure)}
          download
          data-testid="customer-list-csv"
          className={buttonClasses('secondary', 'sm')}
        >
          Download CSV
        </a>
      </div>
      {page.rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
          <table className="w-full text-left text-[13px]">
            <caption className="sr-only">Customers, by first purchase</caption>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Customer</th>
                <th scope="col" className="px-3 py-2 font-medium">First purchase</th>
                <th scope="col" className="px-3 py-2 font-medium">Last purchase</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Purchases</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Revenue</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.map((row) => (
                <tr key={row.customerId} data-testid="customer-row">
                  <th scope="row" className="max-w-56 truncate px-3 py-1.5 font-normal text-slate-900">
                    {row.customerId}
                  </th>
                  <td className="px-3 py-1.5 text-slate-600">{formatDate(row.firstPurchaseAt)}</td>
                  <td className="px-3 py-1.5 text-slate-600">{formatDate(row.lastPurchaseAt)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(row.purchases)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatMoney(row.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.total > CUSTOMER_PAGE_SIZE && (
        <div className="flex justify-end gap-2">
          <Button size="sm" disabled={offset === 0 || loading} onClick={() => setOffset(Math.max(0, offset - CUSTOMER_PAGE_SIZE))} data-testid="customer-list-previous">
            Previous
          </Button>
          <Button size="sm" disabled={last >= page.total || loading} onClick={() => setOffset(offset + CUSTOMER_PAGE_SIZE)} data-testid="customer-list-next">
            Next
          </Button>
        </div>
      )}
    </div>
  );
}
