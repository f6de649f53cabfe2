import { chromium } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { BrowserUnavailableError, findChromium } from './browser';
import { exportErrorResponse } from './respond';
import { ExportTimeoutError } from './queue';

/** An environment holding only `vars` (Next's types make NODE_ENV required). */
const env = (vars: Record<string, string> = {}) => vars as unknown as NodeJS.ProcessEnv;

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it exists, and nothing else when it does not', () => {
    expect(findChromium(env({ CHROMIUM_PATH: '/opt/chrome' }), (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    // a wrong CHROMIUM_PATH is an error to report, not a reason to pick another browser
    expect(findChromium(env({ CHROMIUM_PATH: '/opt/missing' }), (p) => p === '/usr/bin/chromium')).toBeNull();
  });

  it("then Playwright's own browser, then the system Chromium", () => {
    const spy = vi.spyOn(chromium, 'executablePath').mockReturnValue('/pw/chrome');
    try {
      expect(findChromium(env(), () => true)).toBe('/pw/chrome');
      expect(findChromium(env(), (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
      expect(findChromium(env(), (p) => p === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
      expect(findChromium(env(), () => false)).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('exportErrorResponse', () => {
  it('answers 503 with how to install a browser when there is none', async () => {
    const response = exportErrorResponse(new BrowserUnavailableError());
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatch(/apt-get install -y chromium/);
  });

  it('answers 504 when an export runs out of time', () => {
    expect(exportErrorResponse(new ExportTimeoutError(60_000)).status).toBe(504);
  });
});
