import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate, UiLanguage } from '../../utils/i18n';
import { missionLabel, missionPlace, missionTypeLabel } from '../../utils/missions/index';
import type { MissionInfo } from '../../utils/notes/types';
import { CountryCode } from '../common/CountryCode';
import type { BadgeSlot } from '../content/state';

export interface MissionBadgeProps {
  mission: MissionInfo;
  lang: UiLanguage;
  t: Translate;
  /** Where it may go, best first (all inside the post). */
  slots: readonly BadgeSlot[];
  /** On a quoted or reposted post inside another. */
  quoted?: boolean;
  onOpen(anchor: DOMRect): void;
}

/** The badge's forms, fullest first: the whole label, then without the country (the code says it), then the code. */
const VARIANTS = ['full', 'short', 'code'] as const;

/**
 * A small badge beside a mission's name, inside its post: the country's code (text, never a flag emoji, which
 * Windows shows as two letters and Linux without an emoji font as boxes), the country, the kind of mission and
 * where it is, all in the UI language. It takes the first place that has room, in the fullest form that fits there
 * (the short forms keep the whole label as its accessible name); failing all, it goes under the name, cut short
 * with an ellipsis rather than cross the post's edge.
 */
export function MissionBadge({ mission, lang, t, slots, quoted, onOpen }: MissionBadgeProps) {
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const full = missionLabel(mission, l);
  const short = [missionTypeLabel(mission.missionType, l), missionPlace(mission, l)].filter(Boolean).join(' · ');
  const label = t(quoted ? 'badge.quotedLabel' : 'badge.label', { mission: full });
  const ref = useRef<HTMLButtonElement>(null);
  const placement = JSON.stringify(slots);

  // Placed before paint, imperatively (position and form are layout, not state): each slot in turn, each form in
  // turn, until one fits left of the post's edge.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const place = (slot: BadgeSlot, variant: (typeof VARIANTS)[number]): boolean => {
      el.dataset.variant = variant;
      el.style.maxWidth = '';
      el.style.left = `${slot.left}px`;
      el.style.top = `${slot.top}px`;
      return slot.left + el.getBoundingClientRect().width <= slot.maxRight;
    };
    const tries = slots.slice(0, -1);
    for (const slot of tries) for (const variant of VARIANTS.slice(0, 2)) if (place(slot, variant)) return;
    for (const slot of tries) if (place(slot, 'code')) return;
    const last = slots[slots.length - 1];
    if (!last) return;
    if (place(last, 'full')) return;
    el.style.maxWidth = `${Math.max(40, last.maxRight - last.left)}px`;
  }, [placement, full]);

  return (
    <button
      ref={ref}
      type="button"
      class={quoted ? 'dl-badge dl-badge-quoted' : 'dl-badge'}
      data-role="mission-badge"
      data-country={mission.countryCode}
      data-quoted={quoted ? 'true' : undefined}
      aria-label={label}
      title={label}
      onClick={(e) => onOpen((e.currentTarget as HTMLElement).getBoundingClientRect())}
    >
      <CountryCode code={mission.countryCode} />
      <span class="dl-badge-text dl-badge-full">{full}</span>
      <span class="dl-badge-text dl-badge-short">{short}</span>
    </button>
  );
}
