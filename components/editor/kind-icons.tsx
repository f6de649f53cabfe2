import type { NodeKind } from '@/lib/journey/schema';

/** The icon of each node kind, used by the palette and the inspector. */
const PATHS: Record<NodeKind, React.ReactNode> = {
  stage: (
    <>
      <rect x="2" y="2.5" width="5" height="11" rx="1" />
      <rect x="9" y="2.5" width="5" height="11" rx="1" />
      <path d="M2 5.5h5M9 5.5h5" />
    </>
  ),
  touchpoint: (
    <>
      <rect x="2" y="3.5" width="12" height="9" rx="1.5" />
      <path d="M4.5 6.5h7M4.5 9.25h4" />
    </>
  ),
  milestone: <path d="M4 14V2.5M4 3h8l-1.75 2.75L12 8.5H4" />,
  persona: (
    <>
      <circle cx="8" cy="5.5" r="2.75" />
      <path d="M2.75 13.75a5.25 5.25 0 0 1 10.5 0" />
    </>
  ),
  note: (
    <>
      <path d="M3 2.75h10v7l-3.25 3.5H3z" />
      <path d="M9.75 13.25v-3.5H13" />
    </>
  ),
};

export function KindIcon({ kind, className = 'size-4' }: { kind: NodeKind; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden focusable="false" className={className}>
      {PATHS[kind]}
    </svg>
  );
}

export const KIND_HINTS: Record<NodeKind, string> = {
  stage: 'A phase of the journey; a lane that holds other steps',
  touchpoint: 'Something the customer meets: an ad, an email, the parcel…',
  milestone: 'A behaviour orders can confirm, like the second order',
  persona: 'Who the ideal customer is',
  note: 'A sticky note for the team',
};
