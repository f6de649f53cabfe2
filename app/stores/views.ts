import 'server-only';
import type { ImportView } from '@/db/queries/imports';
import type { MappingPreset, StoreListItem, StoreSummary } from '@/db/queries/stores';
import type { ImportRecordView, MappingPresetView } from '@/components/imports/types';
import type { StoreSummaryView, StoreView } from '@/components/stores/types';

/** Turns database records into the plain data client components receive (ISO dates). */

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toSummaryView(summary: StoreSummary): StoreSummaryView {
  return { ...summary, firstOrderAt: iso(summary.firstOrderAt), lastOrderAt: iso(summary.lastOrderAt) };
}

export function toStoreView(store: StoreListItem): StoreView {
  return {
    id: store.id,
    name: store.name,
    isDemo: store.isDemo,
    createdAt: store.createdAt.toISOString(),
    summary: toSummaryView(store.summary),
    problem: store.problem,
  };
}

export function toImportView(record: ImportView): ImportRecordView {
  return {
    ...record,
    dateRange: record.dateRange ? { from: record.dateRange.from.toISOString(), to: record.dateRange.to.toISOString() } : null,
    startedAt: record.startedAt.toISOString(),
    finishedAt: iso(record.finishedAt),
  };
}

export function toPresetView(preset: MappingPreset): MappingPresetView {
  const options = preset.options;
  return {
    id: preset.id,
    name: preset.name,
    mapping: preset.mapping,
    options: {
      timezone: typeof options.timezone === 'string' ? options.timezone : undefined,
      dateFormat: typeof options.dateFormat === 'string' ? options.dateFormat : undefined,
    },
  };
}

/** Every IANA zone this server knows, UTC first (the default for dates without an offset). */
export function timeZoneChoices(): string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC');
  return ['UTC', ...zones];
}
