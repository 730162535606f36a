import type { ConceptCategory } from '../../utils/concepts/types';
import { ALL_CATEGORIES, type Settings } from '../../utils/settings';
import { useT } from '../common/i18n';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

/** Which concept categories are highlighted on pages. */
export function CategoriesSection({ settings, update }: Props) {
  const t = useT();
  function toggle(category: ConceptCategory, on: boolean) {
    const next = on ? [...settings.categories, category] : settings.categories.filter((c) => c !== category);
    void update({ categories: ALL_CATEGORIES.filter((c) => next.includes(c)) });
  }
  return (
    <section aria-labelledby="categories-heading">
      <fieldset>
        <legend>
          <h2 id="categories-heading">{t('options.categories.heading')}</h2>
        </legend>
        <div class="grid">
          {ALL_CATEGORIES.map((c) => (
            <label key={c} class="row">
              <input
                type="checkbox"
                name="category"
                value={c}
                checked={settings.categories.includes(c)}
                onChange={(e) => toggle(c, e.currentTarget.checked)}
              />
              {t(`options.categories.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
