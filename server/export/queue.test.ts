import { describe, expect, it } from 'vitest';
import { ExportQueue, ExportTimeoutError } from './queue';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('export queue', () => {
  it('runs two jobs at a time and the rest in order', async () => {
    const queue = new ExportQueue(2, 5_000);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const job = (n: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      order.push(n);
      await tick(20);
      running -= 1;
      return n;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => queue.run(job(n))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(queue.active).toBe(0);
  });

  it('stops a job at its deadline and frees its slot', async () => {
    const queue = new ExportQueue(1, 50);
    let aborted = false;
    const slow = queue.run(async (signal) => {
      signal.addEventListener('abort', () => (aborted = true));
      await tick(500);
      return 'late';
    });
    await expect(slow).rejects.toBeInstanceOf(ExportTimeoutError);
    expect(aborted).toBe(true);
    await expect(queue.run(async () => 'next')).resolves.toBe('next');
  });

  it('frees the slot when a job fails', async () => {
    const queue = new ExportQueue(1, 1_000);
    await expect(queue.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run(async () => 'ok')).resolves.toBe('ok');
  });
});
