import type { Translate, UiLanguage } from '../../utils/i18n';
import { flagEmoji, missionTypeLabel } from '../../utils/missions/index';
import type { MissionInfo } from '../../utils/notes/types';

export interface MissionBadgeProps {
  mission: MissionInfo;
  lang: UiLanguage;
  t: Translate;
  /** Viewport position, beside the author's name. */
  left: number;
  top: number;
  onOpen(anchor: DOMRect): void;
}

/** A small badge beside a foreign mission's name: flag, country and kind of mission, in the UI language. */
export function MissionBadge({ mission, lang, t, left, top, onOpen }: MissionBadgeProps) {
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const country = l === 'zh' ? mission.countryZh : mission.countryEn;
  const type = missionTypeLabel(mission.missionType, l);
  const label = t('badge.label', { country, type });
  return (
    <button
      type="button"
      class="dl-badge"
      data-role="mission-badge"
      data-country={mission.countryCode}
      style={{ left: `${left}px`, top: `${top}px` }}
      aria-label={label}
      title={label}
      onClick={(e) => onOpen((e.currentTarget as HTMLElement).getBoundingClientRect())}
    >
      <span aria-hidden="true">{flagEmoji(mission.countryCode)}</span>
      <span>
        {country} · {type}
        {mission.city ? ` · ${mission.city}` : ''}
      </span>
    </button>
  );
}
