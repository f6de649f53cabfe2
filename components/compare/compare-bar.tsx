'use client';

import { useState, type ReactNode } from 'react';
import Link from 'next/link';
import { formatCount, formatDateTime } from '@/lib/format/numbers';
import { salesChannelLabel } from '@/lib/format/sales-channel';
import { hasFilters, selectCompareActions, type CompareFilters, type FilterOptionView } from '@/lib/store/compare-store';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';
import { Select } from '@/components/ui/Select';
import { Spinner } from '@/components/ui/Spinner';
import { useCompare } from './context';
import { linkStore } from './api';

/**
 * The row under the editor header in Actual and Both: which store the map is compared
 * with, the filters (all about the customer's first purchase), and what is shown.
 */
export function CompareBar() {
  const storeId = useCompare((s) => s.storeId);
  return (
    <div
      className="flex shrink-0 flex-wrap items-end gap-x-3 gap-y-2 border-b border-slate-200 bg-white px-3 py-2"
      data-testid="compare-bar"
      role="region"
      aria-label="Compare with real customers"
    >
      <StorePicker />
      {storeId !== null && <Filters />}
      <div className="ml-auto flex min-h-9 items-center">
        <Status />
      </div>
    </div>
  );
}

function Labelled({ label, children, htmlFor }: { label: string; children: ReactNode; htmlFor: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-[11px] font-medium text-slate-500">
        {label}
      </label>
      {children}
    </div>
  );
}

function StorePicker() {
  const mapId = useCompare((s) => s.mapId);
  const storeId = useCompare((s) => s.storeId);
  const stores = useCompare((s) => s.stores);
  const { setStoreId } = useCompare(selectCompareActions);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (stores !== null && stores.length === 0) {
    return (
      <p className="py-2 text-[13px] text-slate-600" data-testid="compare-no-stores">
        No store yet.{' '}
        <Link href="/stores" className="font-medium text-indigo-700 hover:underline">
          Import your orders
        </Link>{' '}
        to compare the map with real customers.
      </p>
    );
  }

  const choose = async (value: string) => {
    const next = value === '' ? null : value;
    setBusy(true);
    setError(null);
    try {
      await linkStore(mapId, next);
      setStoreId(next);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Labelled label="Compare with" htmlFor="compare-store">
      <div className="flex items-center gap-2">
        <Select
          id="compare-store"
          data-testid="compare-store"
          value={storeId ?? ''}
          disabled={busy}
          onChange={(event) => void choose(event.target.value)}
          className="w-48"
        >
          <option value="">Choose a store…</option>
          {(stores ?? []).map((store) => (
            <option key={store.id} value={store.id}>
              {store.name}
            </option>
          ))}
        </Select>
        {error && (
          <span role="alert" className="text-xs text-rose-600">
            {error}
          </span>
        )}
      </div>
    </Labelled>
  );
}

function optionsOf(values: FilterOptionView[] | undefined, current: string): FilterOptionView[] {
  const list = values ?? [];
  // A value chosen before the options arrived (or no longer in the store) stays selectable.
  if (current && !list.some((o) => o.value.toLowerCase() === current.toLowerCase())) return [{ value: current, customers: 0 }, ...list];
  return list;
}

function TextChoice({
  id,
  label,
  value,
  options,
  anyLabel,
  onChange,
  labelOf = (option) => option,
}: {
  id: keyof CompareFilters;
  label: string;
  value: string;
  options: FilterOptionView[];
  anyLabel: string;
  onChange: (value: string) => void;
  /** How an option's value reads (the value itself is what the filter sends). */
  labelOf?: (value: string) => string;
}) {
  const testId = `compare-filter-${id === 'firstProduct' ? 'product' : id}`;
  return (
    <Labelled label={label} htmlFor={testId}>
      <Select id={testId} data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)} className="w-40">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.customers > 0 ? `${labelOf(option.value)} (${formatCount(option.customers)})` : labelOf(option.value)}
          </option>
        ))}
      </Select>
    </Labelled>
  );
}

function Filters() {
  const filters = useCompare((s) => s.filters);
  const options = useCompare((s) => s.options);
  const { setFilter, resetFilters } = useCompare(selectCompareActions);
  return (
    <>
      <Labelled label="First purchase from" htmlFor="compare-filter-from">
        <Input
          id="compare-filter-from"
          data-testid="compare-filter-from"
          type="date"
          value={filters.from}
          min={options?.firstPurchaseFrom ?? undefined}
          max={filters.to || options?.firstPurchaseTo || undefined}
          onChange={(event) => setFilter('from', event.target.value)}
          className="w-36"
        />
      </Labelled>
      <Labelled label="to" htmlFor="compare-filter-to">
        <Input
          id="compare-filter-to"
          data-testid="compare-filter-to"
          type="date"
          value={filters.to}
          min={filters.from || options?.firstPurchaseFrom || undefined}
          max={options?.firstPurchaseTo ?? undefined}
          onChange={(event) => setFilter('to', event.target.value)}
          className="w-36"
        />
      </Labelled>
      <TextChoice
        id="firstProduct"
        label="First product"
        value={filters.firstProduct}
        options={optionsOf(options?.firstProducts, filters.firstProduct)}
        anyLabel="Any product"
        onChange={(value) => setFilter('firstProduct', value)}
      />
      <TextChoice
        id="source"
        label="Source"
        value={filters.source}
        options={optionsOf(options?.sources, filters.source)}
        anyLabel="Any source"
        labelOf={salesChannelLabel}
        onChange={(value) => setFilter('source', value)}
      />
      <Labelled label="Discount on first purchase" htmlFor="compare-filter-discount">
        <Select
          id="compare-filter-discount"
          data-testid="compare-filter-discount"
          value={filters.discount}
          onChange={(event) => setFilter('discount', event.target.value as CompareFilters['discount'])}
          className="w-40"
        >
          <option value="">With or without</option>
          <option value="any">Used a code</option>
          <option value="none">No code</option>
        </Select>
      </Labelled>
      <TextChoice
        id="country"
        label="Country"
        value={filters.country}
        options={optionsOf(options?.countries, filters.country)}
        anyLabel="Any country"
        onChange={(value) => setFilter('country', value)}
      />
      {hasFilters(filters) && (
        <Button size="sm" variant="ghost" onClick={resetFilters} data-testid="compare-filter-clear" className="mb-0.5">
          Clear filters
        </Button>
      )}
    </>
  );
}

function Status() {
  const status = useCompare((s) => s.status);
  const error = useCompare((s) => s.error);
  const comparison = useCompare((s) => s.comparison);
  const storeId = useCompare((s) => s.storeId);
  if (storeId === null) return <p className="text-[13px] text-slate-500">Choose a store to see what real customers did.</p>;
  return (
    <div className="flex items-center gap-2 text-[13px] text-slate-600" aria-live="polite">
      {status === 'loading' && <Spinner size="sm" label="Loading figures" />}
      {status === 'error' && error ? (
        <span role="alert" className="text-rose-600" data-testid="compare-error">
          {error}
        </span>
      ) : comparison ? (
        <span data-testid="compare-summary" data-customers={comparison.customers}>
          <strong className="font-semibold text-slate-900 tabular-nums">{formatCount(comparison.customers)}</strong> customers · as of{' '}
          {formatDateTime(comparison.asOf)}
        </span>
      ) : null}
    </div>
  );
}
