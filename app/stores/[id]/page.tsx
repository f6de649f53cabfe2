import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ImportHistory } from '@/components/imports/ImportHistory';
import { ImportPanel } from '@/components/imports/ImportPanel';
import { StoreActions } from '@/components/stores/StoreActions';
import { StoreSummaryStats } from '@/components/stores/StoreSummaryStats';
import { Badge } from '@/components/ui/Badge';
import { buttonClasses } from '@/components/ui/Button';
import { listImports } from '@/db/queries/imports';
import { getStore, listMappingPresets, readStoreSummary } from '@/db/queries/stores';
import { isUuid } from '@/server/http';
import { maxImportBytes } from '@/server/imports/start-import';
import { timeZoneChoices, toImportView, toPresetView, toSummaryView } from '../views';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { id } = await params;
  const store = isUuid(id) ? getStore(id) : undefined;
  return { title: store ? store.name : 'Store not found' };
}

export default async function StorePage({ params }: Props) {
  await connection();
  const { id } = await params;
  const store = isUuid(id) ? getStore(id) : undefined;
  const read = store ? readStoreSummary(id) : undefined;
  if (!store || !read) notFound();

  const imports = listImports(id).map(toImportView);
  const running = imports.find((item) => item.status === 'running');
  const summaryView = toSummaryView(read.summary);
  // A store whose history file is gone: what is wrong and the way on, in place of its figures.
  const damaged = read.problem !== null;

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-6 py-8">
      <div>
        <nav aria-label="Breadcrumb" className="text-[13px] text-slate-500">
          <Link href="/stores" className="rounded hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
            Stores
          </Link>
          <span aria-hidden className="mx-1.5">/</span>
        </nav>
        <div className="mt-1 flex items-center gap-3">
          <h1 className="truncate text-xl font-semibold text-slate-900">{store.name}</h1>
          {store.isDemo && <Badge tone="accent">Demo</Badge>}
          {damaged && <Badge tone="danger">Damaged</Badge>}
          <div className="ml-auto flex items-center gap-2">
            {!damaged && (
              <Link href={`/stores/${store.id}/insights`} className={buttonClasses('secondary', 'sm')} data-testid="store-insights-link">
                Insights
              </Link>
            )}
            <StoreActions store={{ id: store.id, name: store.name, summary: summaryView }} afterDeleteHref="/stores" />
          </div>
        </div>
      </div>

      {damaged ? (
        <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800" data-testid="store-problem">
          <p className="font-medium">This store&rsquo;s figures cannot be shown.</p>
          <p className="mt-1">
            {read.problem} Until then, nothing can be imported into it; its maps keep their journeys.
          </p>
        </div>
      ) : (
        <StoreSummaryStats summary={summaryView} />
      )}

      {!damaged && (
        <section aria-labelledby="import-title" className="space-y-3">
          <div>
            <h2 id="import-title" className="text-base font-semibold text-slate-900">
              Import orders
            </h2>
            <p className="mt-0.5 text-sm text-slate-500">
              Importing an export that overlaps an earlier one updates those orders instead of duplicating them.
            </p>
          </div>
          <ImportPanel
            storeId={store.id}
            maxBytes={maxImportBytes()}
            timeZones={timeZoneChoices()}
            presets={listMappingPresets().map(toPresetView)}
            runningImport={running ? { id: running.id, fileName: running.fileName } : null}
          />
        </section>
      )}

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-base font-semibold text-slate-900">
          Import history
        </h2>
        <ImportHistory imports={imports} />
      </section>
    </div>
  );
}
