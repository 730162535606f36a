import { flagEmoji, missionTypeLabel } from '../../utils/missions/index';
import type { NoteRecord } from '../../utils/notes/types';
import { useT, useUiLanguage } from '../common/i18n';

/** Where and when a note was taken: page title and site, the Weibo author and mission, the date. */
export function NoteMeta({ note }: { note: NoteRecord }) {
  const lang = useUiLanguage();
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const mission = note.weibo?.mission;
  return (
    <p class="meta muted">
      <span class="page">{note.pageTitle || note.url}</span> · <span>{note.site}</span>
      {note.weibo && (
        <span data-role="author">
          {' · '}@{note.weibo.authorName}
          {mission && (
            <span data-country={mission.countryCode}>
              {' '}
              <span aria-hidden="true">{flagEmoji(mission.countryCode)}</span>{' '}
              {l === 'zh' ? mission.countryZh : mission.countryEn} {missionTypeLabel(mission.missionType, l)}
            </span>
          )}
        </span>
      )}
      {' · '}
      <time dateTime={new Date(note.createdAt).toISOString()}>{new Date(note.createdAt).toLocaleDateString(lang)}</time>
    </p>
  );
}

/** The colour swatch, named for screen readers. */
export function ColorDot({ note }: { note: NoteRecord }) {
  const t = useT();
  return (
    <span
      class={`dot color-${note.color}`}
      role="img"
      data-color={note.color}
      aria-label={t('popup.note.color', { color: t(`color.${note.color}`) })}
    />
  );
}

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul class="tags">
      {tags.map((tag) => (
        <li key={tag}>#{tag}</li>
      ))}
    </ul>
  );
}
