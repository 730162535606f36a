import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate, UiLanguage } from '../../utils/i18n';
import { missionLabel } from '../../utils/missions/index';
import type { MissionInfo } from '../../utils/notes/types';
import { CountryCode } from '../common/CountryCode';

export interface BadgePlacement {
  /** Viewport position beside the author's name row. */
  left: number;
  top: number;
  /** Where it goes when there is no room beside the name: under the name row. */
  below: { left: number; top: number };
  /** The post's inner right edge: the badge never crosses it. */
  maxRight: number;
}

export interface MissionBadgeProps extends BadgePlacement {
  mission: MissionInfo;
  lang: UiLanguage;
  t: Translate;
  /** On a quoted or reposted post inside another. */
  quoted?: boolean;
  onOpen(anchor: DOMRect): void;
}

/**
 * A small badge beside a mission's name, inside its post: the country's code (text, never a flag emoji, which
 * Windows shows as two letters and Linux without an emoji font as boxes), the country, the kind of mission and
 * where it is, all in the UI language. It goes under the name when the row has no room, and is cut short with an
 * ellipsis rather than cross the post's edge.
 */
export function MissionBadge(props: MissionBadgeProps) {
  const { mission, lang, t, quoted, onOpen } = props;
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const text = missionLabel(mission, l);
  const label = t(quoted ? 'badge.quotedLabel' : 'badge.label', { mission: text });
  const ref = useRef<HTMLButtonElement>(null);

  // Placed before paint: beside the name if it fits inside the post, else under the name, never past the edge.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.maxWidth = '';
    el.style.left = `${props.left}px`;
    el.style.top = `${props.top}px`;
    const width = el.getBoundingClientRect().width;
    if (props.left + width <= props.maxRight) return;
    const { left, top } = props.below;
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
    el.style.maxWidth = `${Math.max(40, props.maxRight - left)}px`;
  }, [props.left, props.top, props.below.left, props.below.top, props.maxRight, text]);

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
      <span class="dl-badge-text">{text}</span>
    </button>
  );
}
