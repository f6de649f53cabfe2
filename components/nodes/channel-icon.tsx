import type { Channel } from '@/lib/journey/schema';

/** A 16px line icon per channel, in the current text colour. */
const PATHS: Record<Channel, React.ReactNode> = {
  ad: (
    <>
      <path d="M2.75 6.5v3h2l5 3V3.5l-5 3z" />
      <path d="M12 6.25a2.5 2.5 0 0 1 0 3.5" />
    </>
  ),
  social: (
    <>
      <circle cx="5" cy="5.5" r="2" />
      <circle cx="11" cy="5.5" r="2" />
      <path d="M1.75 13a3.25 3.25 0 0 1 6.5 0M7.75 13a3.25 3.25 0 0 1 6.5 0" />
    </>
  ),
  search: (
    <>
      <circle cx="7" cy="7" r="4.25" />
      <path d="m10.25 10.25 3.25 3.25" />
    </>
  ),
  site: (
    <>
      <rect x="2" y="3" width="12" height="10" rx="1.5" />
      <path d="M2 6h12M4.25 4.5h.01M6 4.5h.01" />
    </>
  ),
  email: (
    <>
      <rect x="2" y="3.5" width="12" height="9" rx="1.5" />
      <path d="m2.5 4.5 5.5 4.25 5.5-4.25" />
    </>
  ),
  sms: <path d="M2.75 4.25a1.5 1.5 0 0 1 1.5-1.5h7.5a1.5 1.5 0 0 1 1.5 1.5v5a1.5 1.5 0 0 1-1.5 1.5H7l-3 2.5v-2.5h.25a1.5 1.5 0 0 1-1.5-1.5z" />,
  packaging: (
    <>
      <path d="m8 2 5.5 2.75v6.5L8 14l-5.5-2.75v-6.5z" />
      <path d="M2.5 4.75 8 7.5l5.5-2.75M8 7.5V14" />
    </>
  ),
  phone: <path d="M4 2.5h2l1 3-1.5 1a7 7 0 0 0 4 4l1-1.5 3 1v2a1.5 1.5 0 0 1-1.5 1.5A10.5 10.5 0 0 1 2.5 4 1.5 1.5 0 0 1 4 2.5z" />,
  store: (
    <>
      <path d="M2.5 6.5 3.5 3h9l1 3.5" />
      <path d="M2.5 6.5a1.83 1.83 0 0 0 3.67 0 1.83 1.83 0 0 0 3.66 0 1.83 1.83 0 0 0 3.67 0M3.5 8.5V13h9V8.5M6.5 13v-3h3v3" />
    </>
  ),
  marketplace: (
    <>
      <path d="M3 5h10l-.75 8.25H3.75z" />
      <path d="M5.75 5V4a2.25 2.25 0 0 1 4.5 0v1" />
    </>
  ),
  referral: (
    <>
      <circle cx="4.5" cy="8" r="1.75" />
      <circle cx="11.5" cy="4" r="1.75" />
      <circle cx="11.5" cy="12" r="1.75" />
      <path d="m6 7.1 4-2.2M6 8.9l4 2.2" />
    </>
  ),
  support: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <circle cx="8" cy="8" r="2.25" />
      <path d="m4.1 4.1 2.3 2.3M9.6 9.6l2.3 2.3M11.9 4.1 9.6 6.4M6.4 9.6l-2.3 2.3" />
    </>
  ),
  other: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <circle cx="8" cy="8" r="1" fill="currentColor" />
    </>
  ),
};

export function ChannelIcon({ channel, className = 'size-3.5' }: { channel: Channel; className?: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
      className={className}
    >
      {PATHS[channel] ?? PATHS.other}
    </svg>
  );
}
