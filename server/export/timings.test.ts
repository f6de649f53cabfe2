import { describe, expect, it } from 'vitest';
import { ExportTimings, parseServerTiming } from './timings';

describe('export timings', () => {
  it('times each phase from the end of the one before', () => {
    let now = 1000;
    const timings = new ExportTimings(() => now);
    now = 1005;
    timings.lap('queue');
    now = 1255.25;
    timings.lap('page');
    timings.add('view-server', 120);
    now = 1300;
    timings.lap('pdf');
    expect(timings.entries).toEqual([
      { name: 'queue', ms: 5 },
      { name: 'page', ms: 250.25 },
      { name: 'view-server', ms: 120 },
      { name: 'pdf', ms: 44.75 },
    ]);
  });

  it('leaves out phases that could not be measured', () => {
    const timings = new ExportTimings(() => 0);
    timings.add('view-ready', NaN);
    timings.add('view-drawn', -3);
    expect(timings.entries).toEqual([]);
  });

  it('writes a Server-Timing header that reads back the same', () => {
    let now = 0;
    const timings = new ExportTimings(() => now);
    now = 12.34;
    timings.lap('view server');
    timings.add('pdf', 1500);
    expect(timings.toHeader()).toBe('view-server;dur=12.3, pdf;dur=1500.0');
    expect(parseServerTiming(timings.toHeader())).toEqual([
      { name: 'view-server', ms: 12.3 },
      { name: 'pdf', ms: 1500 },
    ]);
    expect(parseServerTiming(null)).toEqual([]);
    expect(parseServerTiming('cache;desc="hit", db;dur=53')).toEqual([{ name: 'db', ms: 53 }]);
  });
});
