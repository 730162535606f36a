import { useRef } from 'preact/hooks';
import { useT } from '../common/i18n';
import { tabKeyTarget, VIEWS, type ViewId } from './views';

/** The four views as an ARIA tab list: one tab stop, arrow keys / Home / End move and select. */
export function ViewTabs({ current, onSelect }: { current: ViewId; onSelect: (view: ViewId) => void }) {
  const t = useT();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const target = tabKeyTarget(e.key, index, VIEWS.length);
    const view = target === null ? undefined : VIEWS[target];
    if (target === null || !view) return;
    e.preventDefault();
    onSelect(view);
    refs.current[target]?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('popup.tabs')}>
      {VIEWS.map((view, i) => (
        <button
          key={view}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${view}`}
          data-view={view}
          aria-selected={view === current}
          aria-controls={view === current ? `panel-${view}` : undefined}
          tabIndex={view === current ? 0 : -1}
          onClick={() => onSelect(view)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {t(`popup.tab.${view}`)}
        </button>
      ))}
    </div>
  );
}
