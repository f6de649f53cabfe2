/** The Loopmap mark (two lanes joined by a loop) and name. */
export function Wordmark() {
  return (
    <span className="flex items-center gap-2">
      <LogoMark className="size-6" />
      <span className="text-[15px] font-semibold tracking-tight text-slate-900">Loopmap</span>
    </span>
  );
}

export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden focusable="false">
      <rect width="32" height="32" rx="8" fill="#4f46e5" />
      <path
        d="M11 10.5h7.5a5.5 5.5 0 0 1 0 11H13.5a5.5 5.5 0 0 1 0-11"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <circle cx="11" cy="10.5" r="2.4" fill="#c7d2fe" />
    </svg>
  );
}
