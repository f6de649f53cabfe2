'use client';

import { useEffect, useMemo, useState } from 'react';
import type { FilterOptions } from '@/lib/store/compare-store';
import { formatCount, formatDateTime } from '@/lib/format/numbers';
import { salesChannelLabel } from '@/lib/format/sales-channel';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';
import { Select } from '@/components/ui/Select';
import { Spinner } from '@/components/ui/Spinner';
import {
  DEFAULT_THRESHOLD_INPUTS,
  EMPTY_INSIGHTS_FILTERS,
  fetchInsights,
  fetchStoreFilterOptions,
  insightsSearch,
  type InsightsFilters,
  type StoreInsightsView,
  type ThresholdInputs,
} from './api';
import { CohortSection, FirstProductsSection, KpiGrid, SecondPurchaseSection, SequenceSection } from './sections';
import { SegmentsSection } from './SegmentsSection';

const DEBOUNCE_MS = 350;

/** Waits until `value` has stopped changing for `delay` ms. */
function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The store insights page body: filters on top, then every figure of the store's customers. */
export function InsightsView({ storeId }: { storeId: string }) {
  const [filters, setFilters] = useState<InsightsFilters>(EMPTY_INSIGHTS_FILTERS);
  const [thresholds, setThresholds] = useState<ThresholdInputs>(DEFAULT_THRESHOLD_INPUTS);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const search = useDebounced(useMemo(() => insightsSearch(filters, thresholds), [filters, thresholds]), DEBOUNCE_MS);
  const [result, setResult] = useState<{ search: string; insights: StoreInsightsView | null; error: string | null } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchStoreFilterOptions(storeId, controller.signal).then(setOptions, () => undefined);
    return () => controller.abort();
  }, [storeId]);

  useEffect(() => {
    const controller = new AbortController();
    fetchInsights(storeId, search, controller.signal).then(
      (insights) => setResult({ search, insights, error: null }),
      (cause: unknown) => {
        if (cause instanceof DOMException && cause.name === 'AbortError') return;
        setResult((previous) => ({ search, insights: previous?.insights ?? null, error: cause instanceof Error ? cause.message : String(cause) }));
      },
    );
    return () => controller.abort();
  }, [storeId, search]);

  const insights = result?.insights ?? null;
  const loading = result?.search !== search || search !== insightsSearch(filters, thresholds);
  const setFilter = (key: keyof InsightsFilters, value: string) => setFilters((current) => ({ ...current, [key]: value }));
  const filtered = Object.values(filters).some((v) => v !== '');

  return (
    <div className="space-y-8" data-testid="insights">
      <section aria-label="Filters" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <FilterField label="First purchase from" id="insights-from">
          <Input id="insights-from" data-testid="insights-filter-from" type="date" value={filters.from} onChange={(e) => setFilter('from', e.target.value)} className="w-40" />
        </FilterField>
        <FilterField label="to" id="insights-to">
          <Input id="insights-to" data-testid="insights-filter-to" type="date" value={filters.to} onChange={(e) => setFilter('to', e.target.value)} className="w-40" />
        </FilterField>
        <FilterField label="Source" id="insights-source">
          <Select id="insights-source" data-testid="insights-filter-source" value={filters.source} onChange={(e) => setFilter('source', e.target.value)} className="w-44">
            <option value="">Any source</option>
            {options?.sources.map((o) => (
              <option key={o.value} value={o.value}>
                {salesChannelLabel(o.value)} ({formatCount(o.customers)})
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label="Country" id="insights-country">
          <Select id="insights-country" data-testid="insights-filter-country" value={filters.country} onChange={(e) => setFilter('country', e.target.value)} className="w-44">
            <option value="">Any country</option>
            {options?.countries.map((o) => (
              <option key={o.value} value={o.value}>
                {o.value} ({formatCount(o.customers)})
              </option>
            ))}
          </Select>
        </FilterField>
        {filtered && (
          <Button size="sm" variant="ghost" onClick={() => setFilters(EMPTY_INSIGHTS_FILTERS)} className="mb-0.5">
            Clear filters
          </Button>
        )}
        <div className="ml-auto flex min-h-9 items-center gap-2 text-[13px] text-slate-600" aria-live="polite">
          {loading && <Spinner size="sm" label="Updating figures" />}
          {result?.error ? (
            <span role="alert" className="text-rose-600">
              {result.error}
            </span>
          ) : insights ? (
            <span data-testid="insights-summary">
              {formatCount(insights.kpis.customers)} customers · as of {formatDateTime(insights.asOf)}
            </span>
          ) : null}
        </div>
      </section>

      {!insights ? (
        !result?.error && (
          <div className="flex justify-center py-16">
            <Spinner label="Loading insights" />
          </div>
        )
      ) : insights.kpis.customers === 0 && !filtered ? (
        <p className="rounded-xl bg-white px-6 py-12 text-center text-sm text-slate-500 shadow-sm ring-1 ring-slate-200">
          No customers yet: import orders into this store to see its insights.
        </p>
      ) : (
        <div className={loading ? 'opacity-70 transition-opacity' : 'transition-opacity'}>
          <div className="space-y-10">
            <KpiGrid kpis={insights.kpis} />
            <SecondPurchaseSection insights={insights} />
            <SegmentsSection storeId={storeId} insights={insights} thresholds={thresholds} onThresholds={setThresholds} search={search} />
            <CohortSection cohorts={insights.cohorts} />
            <FirstProductsSection rows={insights.firstProducts} />
            <SequenceSection rows={insights.sequence} />
          </div>
        </div>
      )}
    </div>
  );
}

function FilterField({ label, id, children }: { label: string; id: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-500">
        {label}
      </label>
      {children}
    </div>
  );
}
