import { HIGHLIGHT_COLORS } from '../../utils/notes/types';
import { type Settings, TERM_STYLES } from '../../utils/settings';
import { useT } from '../common/i18n';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

/** How concept terms and saved highlights look on the page. */
export function StyleSection({ settings, update }: Props) {
  const t = useT();
  const previewStyle =
    settings.termStyle === 'underline'
      ? { textDecoration: `underline 2px ${settings.termColor}`, textUnderlineOffset: '3px' }
      : { backgroundColor: `${settings.termColor}33`, borderRadius: '2px' };
  return (
    <section aria-labelledby="style-heading">
      <h2 id="style-heading">{t('options.style.heading')}</h2>
      <fieldset>
        <legend>{t('options.style.termStyle')}</legend>
        {TERM_STYLES.map((style) => (
          <label key={style} class="row">
            <input
              type="radio"
              name="termStyle"
              value={style}
              checked={settings.termStyle === style}
              onChange={() => void update({ termStyle: style })}
            />
            {t(style === 'underline' ? 'options.style.underline' : 'options.style.background')}
          </label>
        ))}
      </fieldset>
      <label class="row">
        <input
          type="color"
          value={settings.termColor}
          onChange={(e) => void update({ termColor: e.currentTarget.value })}
        />
        {t('options.style.termColor')}
      </label>
      <p class="preview" aria-hidden="true">
        <span style={previewStyle}>{t('options.style.preview')}</span>
      </p>
      <div class="grid">
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c} class="row">
            <input
              type="color"
              value={settings.noteColors[c]}
              onChange={(e) => void update({ noteColors: { ...settings.noteColors, [c]: e.currentTarget.value } })}
            />
            {t('options.style.noteColor', { color: t(`color.${c}`) })}
          </label>
        ))}
      </div>
    </section>
  );
}
