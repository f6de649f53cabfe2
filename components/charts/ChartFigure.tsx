'use client';

import { useId, useState, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

export interface ChartTable {
  columns: string[];
  rows: Array<Array<string | number>>;
}

/**
 * A chart with the same numbers as a table behind it. Screen readers always get the table
 * (the drawing is hidden from them); anyone can switch the drawing for the table with
 * "Show as table".
 */
export function ChartFigure({
  title,
  description,
  table,
  children,
  className,
  testId,
  emptyText = 'No data yet.',
}: {
  title: string;
  description?: string;
  table: ChartTable;
  children: ReactNode;
  className?: string;
  testId?: string;
  emptyText?: string;
}) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const empty = table.rows.length === 0;
  return (
    <figure className={cn('space-y-2', className)} data-testid={testId} aria-labelledby={titleId}>
      <figcaption className="flex items-start justify-between gap-3">
        <span>
          <span id={titleId} className="block text-[13px] font-medium text-slate-900">
            {title}
          </span>
          {description && <span className="mt-0.5 block text-xs text-slate-500">{description}</span>}
        </span>
        {!empty && (
          <button
            type="button"
            aria-pressed={asTable}
            onClick={() => setAsTable((on) => !on)}
            className="shrink-0 rounded-md px-1.5 py-0.5 text-xs font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
        )}
      </figcaption>
      {empty ? (
        <p className="rounded-lg bg-slate-50 px-3 py-6 text-center text-xs text-slate-500">{emptyText}</p>
      ) : asTable ? (
        <DataTable table={table} caption={title} />
      ) : (
        <>
          <div aria-hidden>{children}</div>
          <DataTable table={table} caption={title} className="sr-only" />
        </>
      )}
    </figure>
  );
}

export function DataTable({ table, caption, className }: { table: ChartTable; caption: string; className?: string }) {
  return (
    <div className={cn('max-h-72 overflow-auto rounded-lg ring-1 ring-slate-200', className)}>
      <table className="w-full text-left text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-slate-500">
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="px-2.5 py-1.5 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, k) =>
                k === 0 ? (
                  <th key={k} scope="row" className="px-2.5 py-1 font-normal text-slate-700">
                    {cell}
                  </th>
                ) : (
                  <td key={k} className="px-2.5 py-1 tabular-nums text-slate-900">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
