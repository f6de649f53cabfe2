'use client';

import { memo, useMemo } from 'react';
import { NODE_SIZE } from '@/lib/journey/defaults';
import type { Color, JourneyDocument, JourneyNode } from '@/lib/journey/schema';
import { buildTemplate, type TemplateId } from '@/lib/journey/templates';
import { cn } from '@/components/ui/cn';

/** Lane tints and box accents for the thumbnail; a calm subset of the editor's palette. */
const LANE_FILL: Record<Color, string> = {
  slate: '#f1f5f9',
  blue: '#eff6ff',
  teal: '#f0fdfa',
  green: '#f0fdf4',
  amber: '#fffbeb',
  rose: '#fff1f2',
  violet: '#f5f3ff',
};
const LANE_STROKE: Record<Color, string> = {
  slate: '#cbd5e1',
  blue: '#bfdbfe',
  teal: '#99f6e4',
  green: '#bbf7d0',
  amber: '#fde68a',
  rose: '#fecdd3',
  violet: '#ddd6fe',
};
const KIND_ACCENT: Record<Exclude<JourneyNode['kind'], 'stage'>, string> = {
  touchpoint: '#94a3b8',
  milestone: '#4f46e5',
  persona: '#0d9488',
  note: '#f59e0b',
};

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function absoluteRects(doc: JourneyDocument): Map<string, Rect> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const rects = new Map<string, Rect>();
  for (const node of doc.nodes) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const size = node.kind === 'stage' ? { width: node.data.width, height: node.data.height } : NODE_SIZE;
    rects.set(node.id, {
      x: node.position.x + (parent?.position.x ?? 0),
      y: node.position.y + (parent?.position.y ?? 0),
      ...size,
    });
  }
  return rects;
}

/**
 * A thumbnail of a template, drawn from the very document the template builds, so the
 * picker never shows something the map will not contain.
 */
export const TemplatePreview = memo(function TemplatePreview({ template, className }: { template: TemplateId; className?: string }) {
  const picture = useMemo(() => {
    const doc = buildTemplate(template);
    const rects = absoluteRects(doc);
    const all = [...rects.values()];
    if (all.length === 0) return null;
    const minX = Math.min(...all.map((r) => r.x));
    const minY = Math.min(...all.map((r) => r.y));
    const maxX = Math.max(...all.map((r) => r.x + r.width));
    const maxY = Math.max(...all.map((r) => r.y + r.height));
    const pad = 40;
    return { doc, rects, viewBox: `${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}` };
  }, [template]);

  if (!picture) {
    return (
      <div className={cn('flex items-center justify-center', className)} aria-hidden>
        <div className="flex size-10 items-center justify-center rounded-lg border border-dashed border-slate-300 text-slate-400">
          <svg viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
            <path d="M8 3.5v9M3.5 8h9" />
          </svg>
        </div>
      </div>
    );
  }

  const { doc, rects, viewBox } = picture;
  return (
    <svg viewBox={viewBox} className={className} preserveAspectRatio="xMidYMid meet" aria-hidden focusable="false">
      {doc.nodes.map((node) => {
        if (node.kind !== 'stage') return null;
        const r = rects.get(node.id)!;
        return (
          <g key={node.id}>
            <rect x={r.x} y={r.y} width={r.width} height={r.height} rx={18} fill={LANE_FILL[node.data.color]} stroke={LANE_STROKE[node.data.color]} strokeWidth={4} />
            <rect x={r.x + 32} y={r.y + 30} width={Math.min(150, r.width * 0.5)} height={18} rx={9} fill={LANE_STROKE[node.data.color]} />
          </g>
        );
      })}
      {doc.edges.map((edge) => {
        const from = rects.get(edge.source);
        const to = rects.get(edge.target);
        if (!from || !to) return null;
        const sx = from.x + from.width;
        const sy = from.y + from.height / 2;
        const tx = to.x;
        const ty = to.y + to.height / 2;
        // Boxes in one lane are connected bottom to top; across lanes, side to side.
        const sameColumn = Math.abs(from.x - to.x) < 1;
        const d = sameColumn
          ? `M${from.x + from.width / 2} ${from.y + from.height} L${to.x + to.width / 2} ${to.y}`
          : `M${sx} ${sy} C${sx + 60} ${sy} ${tx - 60} ${ty} ${tx} ${ty}`;
        return <path key={edge.id} d={d} fill="none" stroke="#94a3b8" strokeWidth={4} />;
      })}
      {doc.nodes.map((node) => {
        if (node.kind === 'stage') return null;
        const r = rects.get(node.id)!;
        const accent = KIND_ACCENT[node.kind];
        return (
          <g key={node.id}>
            <rect
              x={r.x}
              y={r.y}
              width={r.width}
              height={r.height}
              rx={14}
              fill={node.kind === 'note' ? '#fef3c7' : '#ffffff'}
              stroke={node.kind === 'milestone' ? accent : '#cbd5e1'}
              strokeWidth={node.kind === 'milestone' ? 5 : 4}
            />
            <rect x={r.x + 22} y={r.y + 28} width={r.width * 0.55} height={16} rx={8} fill={node.kind === 'milestone' ? accent : '#64748b'} opacity={0.8} />
            <rect x={r.x + 22} y={r.y + 62} width={r.width * 0.75} height={12} rx={6} fill="#cbd5e1" />
            <rect x={r.x + 22} y={r.y + 84} width={r.width * 0.4} height={12} rx={6} fill="#e2e8f0" />
          </g>
        );
      })}
    </svg>
  );
});
