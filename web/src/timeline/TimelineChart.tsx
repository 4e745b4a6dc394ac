import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { api } from '../api';
import type { Story, TimelineEntry } from '../api';
import { isLow } from '../components/Trust';
import { eventFamily } from '../event-types';
import { Link } from '../router';
import { dayToIso, isSpan, rangeOf, ticks } from './dates';
import type { DayRange } from './dates';
import { focusOf } from './focus';
import { LABEL_GAP_PX, layoutLane } from './layout';

const EDGE_PX = 24;
const ROW_PX = 24;
const DOT_PX = 12;
const MIN_BAR_PX = 8;
/** Rows per lane before markers gather in "+N"; one story alone on the chart may take more. */
const MAX_ROWS = 8;
const MAX_ROWS_ALONE = 14;
const MAX_PX_PER_DAY = 400;
/** Labels are cut with an ellipsis past this; the whole headline is in the marker's name and tooltip. */
const MAX_LABEL_PX = 260;
/** Average width of a label character at the label's font size, to lay labels out before drawing them. */
const CHAR_PX = 6.4;

interface Lane {
  id: string | null;
  title: string;
  entries: Array<{ entry: TimelineEntry; range: DayRange }>;
}

export interface TimelineChartProps {
  entries: TimelineEntry[];
  stories: Story[];
  selectedId: string | null;
  /** The brief links ask for everything too when the reader does. */
  all: boolean;
  onSelect: (eventId: string) => void;
  onSelectGroup: (entries: TimelineEntry[]) => void;
}

function markerShape(entry: TimelineEntry, range: DayRange): string {
  if (entry.precision === 'undated' || entry.undated) return 'undated';
  if (entry.precision === 'around') return 'around';
  return isSpan(entry.precision, range) ? 'span' : 'day';
}

/** What a screen reader says for a marker, and its tooltip: when, what, who, how many sources. */
export const describeEntry = (entry: TimelineEntry): string => {
  const people = [...new Set([...entry.sourceNames, ...entry.targetNames])];
  const sources = `${entry.articleIds.length} source${entry.articleIds.length === 1 ? '' : 's'}`;
  return `${entry.when}: ${entry.headline}${people.length ? ` (${people.join(', ')})` : ''}, ${sources}`;
};

function lanesOf(entries: TimelineEntry[], stories: Story[]): Lane[] {
  const byStory = new Map<string | null, Lane>();
  for (const story of stories) byStory.set(story.id, { id: story.id, title: story.title, entries: [] });
  for (const entry of entries) {
    const range = rangeOf(entry.date);
    if (!range) continue;
    const key = entry.storyId ?? null;
    const lane = byStory.get(key) ?? { id: key, title: key ?? 'Not in a story', entries: [] };
    lane.entries.push({ entry, range });
    byStory.set(key, lane);
  }
  return [...byStory.values()].filter((lane) => lane.entries.length > 0);
}

/** Moves focus among a lane's markers: one tab stop per lane, arrows within it. */
function roveWithin(event: KeyboardEvent<HTMLElement>): void {
  const keys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  if (!(event.key in keys) && event.key !== 'Home' && event.key !== 'End') return;
  const markers = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-rove]')].sort(
    (a, b) => a.offsetLeft - b.offsetLeft || a.offsetTop - b.offsetTop,
  );
  const at = markers.indexOf(document.activeElement as HTMLElement);
  if (at === -1) return;
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? markers.length - 1 : at + (keys[event.key] ?? 0);
  const target = markers[Math.max(0, Math.min(markers.length - 1, next))];
  event.preventDefault();
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'nearest', inline: 'center' });
}

/**
 * Events on a horizontal time axis, one lane per story, each marker labelled with its headline where
 * there is room. The first view fits where most events are (a misdated outlier years away stays a scroll
 * away instead of squeezing everything else); zooming (buttons, Ctrl + wheel or wheel over the ruler, +
 * and − keys) keeps the date under the pointer in place. Keyboard: Tab goes from lane to lane, the arrow
 * keys from event to event inside a lane, Enter opens one.
 */
export function TimelineChart({
  entries,
  stories,
  selectedId,
  all,
  onSelect,
  onSelectGroup,
}: TimelineChartProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState(800);
  const [zoom, setZoom] = useState<number | null>(null);
  const pendingAnchor = useRef<{ day: number; offset: number } | null>(null);
  const [scrollLeft, setScrollLeft] = useState(0);

  const lanes = useMemo(() => lanesOf(entries, stories), [entries, stories]);
  const { domain, focus } = useMemo(
    () => focusOf(lanes.flatMap((lane) => lane.entries.map((e) => e.range))),
    [lanes],
  );
  const days = domain.to - domain.from + 1;
  const fit = Math.max(0.01, (viewport - 2 * EDGE_PX) / days);
  const focused = Math.max(fit, (viewport - 2 * EDGE_PX) / (focus.to - focus.from + 1));
  const scale = Math.min(MAX_PX_PER_DAY, Math.max(fit, zoom ?? focused));
  const x = (day: number) => EDGE_PX + (day - domain.from) * scale;
  const width = EDGE_PX * 2 + days * scale;

  useLayoutEffect(() => {
    if (zoom === null && scroller.current) scroller.current.scrollLeft = (focus.from - domain.from) * scale;
  }, [zoom, focus.from, domain.from, scale]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const zoomBy = (factor: number, offset = (scroller.current?.clientWidth ?? viewport) / 2) => {
    const element = scroller.current;
    const left = element?.scrollLeft ?? 0;
    pendingAnchor.current = { day: domain.from + (left + offset - EDGE_PX) / scale, offset };
    setZoom(Math.min(MAX_PX_PER_DAY, Math.max(fit, scale * factor)));
  };

  useLayoutEffect(() => {
    const anchor = pendingAnchor.current;
    const element = scroller.current;
    if (!anchor || !element) return;
    pendingAnchor.current = null;
    element.scrollLeft = EDGE_PX + (anchor.day - domain.from) * scale - anchor.offset;
  }, [scale, domain.from]);

  // React attaches wheel listeners as passive, and only an active one may stop the page from scrolling.
  const zoomByRef = useRef(zoomBy);
  zoomByRef.current = zoomBy;
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const overRuler = event.target instanceof Element && event.target.closest('.timeline-ruler') !== null;
      if (!event.ctrlKey && !event.metaKey && !overRuler) return;
      event.preventDefault();
      const offset = event.clientX - element.getBoundingClientRect().left;
      zoomByRef.current(event.deltaY < 0 ? 1.25 : 0.8, offset);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    if (event.key === '+' || event.key === '=') zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.5);
    else if (event.key === '0') setZoom(fit);
    else return;
    event.preventDefault();
  };

  const tickMarks = ticks(domain.from, domain.to, scale);
  // Tick labels name months without their year, so the range in view is spelled out once.
  const shownFrom = Math.max(domain.from, Math.floor(domain.from + (scrollLeft - EDGE_PX) / scale));
  const shownTo = Math.min(domain.to, Math.ceil(domain.from + (scrollLeft + viewport - EDGE_PX) / scale));
  const starts = lanes.flatMap((lane) => lane.entries.map((e) => e.range.from));
  const earlier = starts.filter((day) => day < shownFrom).sort((a, b) => b - a);
  const later = starts.filter((day) => day > shownTo).sort((a, b) => a - b);
  const scrollToDay = (day: number) => {
    if (scroller.current) scroller.current.scrollLeft = x(day) - viewport / 2;
  };
  return (
    <div className="timeline" onKeyDown={onKeyDown}>
      <div className="toolbar" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.5)} aria-keyshortcuts="+">
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-keyshortcuts="-" disabled={scale <= fit}>
          Zoom out
        </button>
        <button type="button" onClick={() => setZoom(fit)} aria-keyshortcuts="0" disabled={scale <= fit}>
          Whole span
        </button>
        {earlier.length > 0 && (
          <button type="button" onClick={() => scrollToDay(earlier[0]!)}>
            ← {earlier.length} earlier
          </button>
        )}
        <span className="shown-range">
          {dayToIso(shownFrom)} to {dayToIso(shownTo)}
        </span>
        {later.length > 0 && (
          <button type="button" onClick={() => scrollToDay(later[0]!)}>
            {later.length} later →
          </button>
        )}
        <span className="hint">
          Tab moves between stories, arrow keys between events; + and − zoom, 0 shows the whole span.
        </span>
      </div>
      <div
        className="timeline-scroll"
        ref={scroller}
        onScroll={(e) => setScrollLeft(e.currentTarget.scrollLeft)}
      >
        <div className="timeline-canvas" style={{ width }}>
          <div className="timeline-ruler" aria-hidden="true">
            {tickMarks.map((tick) => (
              <span
                key={tick.day}
                className={tick.major ? 'tick major' : 'tick'}
                style={{ left: x(tick.day) }}
              >
                {tick.label}
              </span>
            ))}
          </div>
          <div className="timeline-grid" aria-hidden="true">
            {tickMarks.map((tick) => (
              <span
                key={tick.day}
                className={tick.major ? 'gridline major' : 'gridline'}
                style={{ left: x(tick.day) }}
              />
            ))}
          </div>
          {lanes.map((lane) => (
            <LaneRow
              key={lane.id ?? 'none'}
              lane={lane}
              domainFrom={domain.from}
              scale={scale}
              shownPx={{ from: scrollLeft - viewport, to: scrollLeft + 2 * viewport }}
              canvasWidth={width}
              selectedId={selectedId}
              all={all}
              onSelect={onSelect}
              onSelectGroup={onSelectGroup}
              maxRows={lanes.length === 1 ? MAX_ROWS_ALONE : MAX_ROWS}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

function LaneRow({
  lane,
  domainFrom,
  scale,
  shownPx,
  canvasWidth,
  selectedId,
  all,
  onSelect,
  onSelectGroup,
  maxRows,
}: {
  lane: Lane;
  domainFrom: number;
  scale: number;
  /** The stretch of the canvas in or near view: markers outside it are laid out but not drawn. */
  shownPx: { from: number; to: number };
  canvasWidth: number;
  selectedId: string | null;
  all: boolean;
  onSelect: (eventId: string) => void;
  onSelectGroup: (entries: TimelineEntry[]) => void;
  maxRows: number;
}) {
  const layout = useMemo(() => {
    const x = (day: number) => EDGE_PX + (day - domainFrom) * scale;
    return layoutLane(
      lane.entries.map(({ entry, range }) => {
        const shape = markerShape(entry, range);
        const spanned = shape === 'span' || (shape === 'around' && range.to > range.from);
        const left = spanned ? x(range.from) : x(range.from + 0.5) - DOT_PX / 2;
        const markerWidth = spanned ? Math.max(MIN_BAR_PX, (range.to - range.from + 1) * scale) : DOT_PX;
        const room = canvasWidth - (left + markerWidth + LABEL_GAP_PX);
        const labelWidth = Math.max(0, Math.min(MAX_LABEL_PX, entry.headline.length * CHAR_PX, room));
        return { item: { entry, range, shape }, left, width: markerWidth, labelWidth };
      }),
      maxRows,
    );
  }, [lane, domainFrom, scale, canvasWidth, maxRows]);
  const rows = layout.rows + (layout.overflow.length > 0 ? 1 : 0);
  // Roving focus: the lane's one tab stop is the marker last focused, else the selected event, else the
  // first; the arrow keys move the focus (see `roveWithin`), and focusing a marker makes it the stop.
  const [active, setActive] = useState<string | null>(null);
  const markers = [
    ...layout.placed.map((p) => ({ key: p.item.entry.eventId, left: p.left })),
    ...layout.overflow.map((b) => ({ key: `more-${b.left}`, left: b.left })),
  ].sort((a, b) => a.left - b.left);
  const present = (key: string | null) => key !== null && markers.some((m) => m.key === key);
  const tabStop = present(active) ? active : present(selectedId) ? selectedId : markers[0]?.key;
  return (
    <section className="lane" aria-label={`Story: ${lane.title}`}>
      <div className="lane-head">
        {lane.id ? (
          <Link to={`/timeline?story=${encodeURIComponent(lane.id)}&view=chart`}>{lane.title}</Link>
        ) : (
          <span>{lane.title}</span>
        )}
        <span className="count">{lane.entries.length} events</span>
        {lane.id && (
          <a className="button small" href={api.brief(lane.id, all)} target="_blank" rel="noopener">
            Brief
          </a>
        )}
      </div>
      <div
        className="lane-track"
        role="group"
        aria-label={`Events of ${lane.title}: arrow keys move between them`}
        style={{ height: rows * ROW_PX + 4 }}
        onKeyDown={roveWithin}
      >
        {layout.placed
          .filter(
            // Thousands of markers far off-screen cost the first render and every scroll; the lane's
            // tab stop is always drawn, so the keyboard can always reach the lane.
            ({ item, left, width: w, labelWidth }) =>
              item.entry.eventId === tabStop ||
              (left + w + LABEL_GAP_PX + labelWidth >= shownPx.from && left <= shownPx.to),
          )
          .map(({ item, left, width: markerWidth, row, labelWidth }) => (
            <button
              type="button"
              key={item.entry.eventId}
              className={`mark family-${eventFamily(item.entry.type)}${isLow('events', item.entry.confidence) ? ' low' : ''}`}
              style={{ left, top: row * ROW_PX + 4 }}
              tabIndex={item.entry.eventId === tabStop ? 0 : -1}
              data-rove=""
              onFocus={() => setActive(item.entry.eventId)}
              aria-pressed={item.entry.eventId === selectedId}
              aria-label={describeEntry(item.entry)}
              title={describeEntry(item.entry)}
              data-event-id={item.entry.eventId}
              onClick={() => onSelect(item.entry.eventId)}
            >
              <span className={`mark-dot shape-${item.shape}`} style={{ width: markerWidth }} />
              {labelWidth > 0 && (
                <span className="mark-label" style={{ maxWidth: labelWidth }} aria-hidden="true">
                  {item.entry.headline}
                </span>
              )}
            </button>
          ))}
        {layout.overflow.map((bucket) => (
          <button
            type="button"
            key={`more-${bucket.left}`}
            className="mark-more"
            style={{ left: bucket.left, top: layout.rows * ROW_PX + 4 }}
            tabIndex={`more-${bucket.left}` === tabStop ? 0 : -1}
            data-rove=""
            onFocus={() => setActive(`more-${bucket.left}`)}
            aria-label={`${bucket.items.length} more events around ${dayToIso(bucket.items[0]!.range.from)}`}
            onClick={() => onSelectGroup(bucket.items.map((i) => i.entry))}
          >
            +{bucket.items.length}
          </button>
        ))}
      </div>
    </section>
  );
}
