import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useT, useUiLanguage } from '../common/i18n';
import { ConceptDetails } from './ConceptDetails';
import { conceptOutline, sectionLabel } from './concept-outline';

interface Props {
  /** The open concept (from a click elsewhere or `#concept=<id>`), or null. */
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/** The concept base browsed by the paper's structure; one concept open at a time. */
export function ConceptsView({ selectedId, onSelect }: Props) {
  const t = useT();
  const l = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  const groups = useMemo(() => conceptOutline(), []);
  const listRef = useRef<HTMLDivElement>(null);

  // Bring a concept chosen from elsewhere into view, and move focus to it so the keyboard follows.
  useEffect(() => {
    if (!selectedId) return;
    const button = listRef.current?.querySelector<HTMLButtonElement>(
      `button[data-role="concept-toggle"][data-concept-id="${CSS.escape(selectedId)}"]`,
    );
    button?.scrollIntoView?.({ block: 'nearest' });
    button?.focus();
  }, [selectedId]);

  return (
    <div ref={listRef} class="concepts-view">
      {groups.map((g) => {
        const key = g.entry ? `${g.entry.paper}:${g.entry.section}` : 'other';
        return (
          <section key={key} class="outline-group" aria-labelledby={`outline-${key}`}>
            <h3 id={`outline-${key}`} class={g.entry?.level === 2 ? 'sub' : undefined}>
              {g.entry ? sectionLabel(g.entry.section, g.entry.heading[l], t) : t('popup.concepts.other')}
            </h3>
            <ul class="plain">
              {g.concepts.map((c) => {
                const open = c.id === selectedId;
                return (
                  <li key={c.id}>
                    <button
                      type="button"
                      class="concept-toggle"
                      data-role="concept-toggle"
                      data-concept-id={c.id}
                      aria-expanded={open}
                      aria-controls={open ? `concept-card-${c.id}` : undefined}
                      onClick={() => onSelect(open ? null : c.id)}
                    >
                      <span aria-hidden="true">{open ? '▾' : '▸'}</span> {c.name[l]}{' '}
                      <span class="muted">{l === 'zh' ? c.name.en : c.name.zh}</span>
                    </button>
                    {open && <ConceptDetails concept={c} onSelect={onSelect} />}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
