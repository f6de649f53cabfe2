import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { TopBar } from '@/components/shell/TopBar';
import { ToastProvider } from '@/components/ui/Toast';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Loopmap', template: '%s · Loopmap' },
  description: 'Map the journey of your ideal customer and see how your real customers compare.',
};

export const viewport: Viewport = { themeColor: '#4f46e5' };

/**
 * The app shell: a slim top bar over a page area that fills the rest of the window.
 * `main` has a definite height, so the editor can fill it with `h-full` while other pages
 * scroll inside it.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex h-dvh flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only z-[70] rounded-lg bg-white px-3 py-2 text-sm font-medium text-indigo-700 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <ToastProvider>
          <TopBar />
          <main id="main" className="relative min-h-0 flex-1 overflow-y-auto">
            {children}
          </main>
        </ToastProvider>
      </body>
    </html>
  );
}
