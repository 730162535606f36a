import { HIGHLIGHT_COLORS } from '../../utils/notes/types';
import { useT } from '../common/i18n';
import { DATE_PRESETS, type FilterForm, type FilterOptions, LANG_CHOICES, type Option } from './filter-options';
import type { Grouping } from './rows';

interface Props {
  form: FilterForm;
  options: FilterOptions;
  grouping: Grouping;
  onChange: (form: FilterForm) => void;
  onGrouping: (grouping: Grouping) => void;
  /** The Insights page reuses these filters without the list's grouping. */
  showGrouping?: boolean;
  /** Open the filters at once (a page with room for them). */
  open?: boolean;
}

/** Concept, tag, colour, site, mission country, language and date filters, and the grouping choice. */
export function NoteFilters({ form, options, grouping, onChange, onGrouping, showGrouping = true, open }: Props) {
  const t = useT();
  const set = (key: keyof FilterForm) => (value: string) => onChange({ ...form, [key]: value });
  const colors: Option[] = HIGHLIGHT_COLORS.map((c) => ({ value: c, label: t(`color.${c}`) }));
  const dates: Option[] = DATE_PRESETS.map((d) => ({ value: d, label: t(`popup.notes.date.${d}`) }));
  const langs: Option[] = LANG_CHOICES.map((l) => ({ value: l, label: t(`popup.notes.lang.${l}`) }));
  return (
    <details class="filters" data-role="filters" open={open}>
      <summary>{t('popup.notes.filters')}</summary>
      <div class="filter-grid">
        <Select
          name="conceptId"
          label={t('popup.notes.filter.concept')}
          value={form.conceptId}
          options={options.concepts}
          onChange={set('conceptId')}
        />
        <Select
          name="tag"
          label={t('popup.notes.filter.tag')}
          value={form.tag}
          options={options.tags}
          onChange={set('tag')}
        />
        <Select
          name="color"
          label={t('popup.notes.filter.color')}
          value={form.color}
          options={colors}
          onChange={set('color')}
        />
        <Select
          name="site"
          label={t('popup.notes.filter.site')}
          value={form.site}
          options={options.sites}
          onChange={set('site')}
        />
        <Select
          name="country"
          label={t('popup.notes.filter.country')}
          value={form.country}
          options={options.countries}
          onChange={set('country')}
        />
        <Select
          name="lang"
          label={t('popup.notes.filter.lang')}
          value={form.lang}
          options={langs}
          onChange={set('lang')}
        />
        <Select
          name="date"
          label={t('popup.notes.filter.date')}
          value={form.date}
          options={dates}
          onChange={set('date')}
        />
        {showGrouping && (
          <Select
            name="grouping"
            label={t('popup.notes.groupBy')}
            value={grouping}
            options={(['none', 'page', 'concept'] as const).map((g) => ({
              value: g,
              label: t(`popup.notes.group.${g}`),
            }))}
            onChange={(v) => onGrouping(v as Grouping)}
            noAny
          />
        )}
      </div>
    </details>
  );
}

interface SelectProps {
  name: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  noAny?: boolean;
}

function Select({ name, label, value, options, onChange, noAny }: SelectProps) {
  const t = useT();
  const id = `filter-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {!noAny && <option value="">{t('popup.notes.any')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
