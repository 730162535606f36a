import { missionLabel } from '../../utils/missions/index';
import type { MissionInfo, NoteRecord } from '../../utils/notes/types';
import { authorLabel } from '../../utils/sites/platforms';
import { CountryCode } from '../common/CountryCode';
import { useT, useUiLanguage } from '../common/i18n';

/** "US United States · Embassy" / "JP 日本 · 总领事馆 · 上海": the whole label in the reader's language. */
export function MissionLabel({ mission, lang }: { mission: MissionInfo; lang: 'zh' | 'en' }) {
  return (
    <span data-country={mission.countryCode}>
      <CountryCode code={mission.countryCode} /> {missionLabel(mission, lang)}
    </span>
  );
}

/** Where and when a note was taken: page title and site, the post's author and mission, the date. */
export function NoteMeta({ note }: { note: NoteRecord }) {
  const t = useT();
  const lang = useUiLanguage();
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const ctx = note.context;
  const mission = ctx?.author.mission;
  return (
    <p class="meta muted">
      <span class="page">{note.pageTitle || note.url}</span> · <span>{note.site}</span>
      {ctx && (
        <span data-role="author">
          {' · '}
          {authorLabel(ctx.platform, ctx.author)}
          {mission && (
            <>
              {' '}
              <MissionLabel mission={mission} lang={l} />
            </>
          )}
          {ctx.quotedBy && (
            <span data-role="quoted-by">
              {' · '}
              {t('popup.note.quotedBy', { author: authorLabel(ctx.quotedBy.platform, ctx.quotedBy.author) })}
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
