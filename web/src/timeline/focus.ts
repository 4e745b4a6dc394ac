import type { DayRange } from './dates';

/** The share of events the first view must hold. */
const CORE_SHARE = 0.8;

/**
 * The axis's whole span (every event, padded) and the part the first view shows: the narrowest window
 * holding most events. A misdated report ("2028") or a background event years back would otherwise
 * squeeze the story into a sliver; it stays on the axis, a scroll or a button away. Few events are shown
 * whole.
 */
export function focusOf(ranges: readonly DayRange[]): { domain: DayRange; focus: DayRange } {
  const from = Math.min(...ranges.map((r) => r.from));
  const to = Math.max(...ranges.map((r) => r.to));
  const pad = Math.max(2, Math.round((to - from) * 0.02));
  const domain = { from: from - pad, to: to + pad };
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const core = Math.ceil(sorted.length * CORE_SHARE);
  if (sorted.length < 4) return { domain, focus: domain };
  let best = { from: sorted[0]!.from, to: sorted[core - 1]!.from };
  for (let i = 0; i + core - 1 < sorted.length; i++) {
    const window = { from: sorted[i]!.from, to: sorted[i + core - 1]!.from };
    if (window.to - window.from < best.to - best.from) best = window;
  }
  // The window's events end where their own ranges do (a month-long event started inside it).
  const end = Math.max(
    best.to,
    ...sorted.filter((r) => r.from >= best.from && r.from <= best.to).map((r) => r.to),
  );
  const focusPad = Math.max(2, Math.round((end - best.from) * 0.04));
  return {
    domain,
    focus: { from: Math.max(domain.from, best.from - focusPad), to: Math.min(domain.to, end + focusPad) },
  };
}
