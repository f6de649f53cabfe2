'use client';

import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MilestoneFigures } from '@/lib/analytics/compare';
import { histogramBins, reachCurvePoints, sharePercent } from '@/lib/format/compare';
import { formatCount, formatPercent } from '@/lib/format/numbers';
import { ChartFigure } from '@/components/charts/ChartFigure';

const AXIS = { fontSize: 11, fill: '#64748b' };

/** A selected milestone's two charts: the day customers reached it, and the cumulative reach curve. */
export function MilestoneCharts({ figures }: { figures: MilestoneFigures }) {
  return (
    <>
      <DayHistogramChart figures={figures} />
      <ReachCurveChart figures={figures} />
    </>
  );
}

function DayHistogramChart({ figures }: { figures: MilestoneFigures }) {
  const bins = histogramBins(figures.histogram);
  const windowBin = figures.windowDays === null ? null : bins.find((b) => b.from <= figures.windowDays! && figures.windowDays! <= b.to);
  return (
    <ChartFigure
      title="Day reached"
      description={`Customers by the day they reached it, ${figures.clock === 'previousMilestone' ? 'after the previous milestone' : 'after their first purchase'}${
        figures.windowDays === null ? '' : `; the window ends on day ${figures.windowDays}`
      }.`}
      table={{ columns: ['Days', 'Customers'], rows: bins.map((b) => [b.label, formatCount(b.count)]) }}
      testId="milestone-histogram"
      emptyText="Nobody has reached it yet."
    >
      <div className="h-36">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bins} margin={{ top: 4, right: 4, bottom: 0, left: -20 }}>
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" tickFormatter={(label: string) => label.replace(/^Days? /, '')} />
            <YAxis tick={AXIS} allowDecimals={false} />
            <Tooltip formatter={(value) => [formatCount(Number(value)), 'Customers']} />
            <Bar dataKey="count" fill="#818cf8" isAnimationActive={false} />
            {windowBin && <ReferenceLine x={windowBin.label} stroke="#4f46e5" strokeDasharray="4 3" label={{ value: 'window', position: 'top', fontSize: 10, fill: '#4f46e5' }} />}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFigure>
  );
}

function ReachCurveChart({ figures }: { figures: MilestoneFigures }) {
  const points = reachCurvePoints(figures.curve).map((p) => ({ day: p.day, percent: Math.round(p.share * 1000) / 10 }));
  const target = figures.target?.share ?? null;
  return (
    <ChartFigure
      title="Reached by day (cumulative)"
      description="Estimated share who had reached it by each day; recent customers count for as long as they have been watched (Kaplan–Meier)."
      table={{ columns: ['Day', 'Reached by then'], rows: points.map((p) => [`Day ${p.day}`, formatPercent(p.percent / 100)]) }}
      testId="milestone-curve"
      emptyText="No customer takes part yet."
    >
      <div className="h-40">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
            <CartesianGrid stroke="#e2e8f0" />
            <XAxis dataKey="day" type="number" domain={[0, 'dataMax']} tick={AXIS} allowDecimals={false} />
            <YAxis tick={AXIS} domain={[0, 100]} unit="%" />
            <Tooltip formatter={(value) => [`${value}%`, 'Reached']} labelFormatter={(day) => `Day ${day}`} />
            {figures.windowDays !== null && (
              <ReferenceArea x1={0} x2={figures.windowDays} fill="#6366f1" fillOpacity={0.06} label={{ value: 'ideal window', position: 'insideTopLeft', fontSize: 10, fill: '#4f46e5' }} />
            )}
            {target !== null && <ReferenceLine y={target * 100} stroke="#059669" strokeDasharray="4 3" label={{ value: `target ${sharePercent(target)}`, position: 'insideBottomRight', fontSize: 10, fill: '#047857' }} />}
            <Line type="stepAfter" dataKey="percent" stroke="#4f46e5" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartFigure>
  );
}

