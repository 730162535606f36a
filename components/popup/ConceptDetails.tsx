import { formatCitation } from '../../utils/concepts/citations';
import { relationsOf } from '../../utils/concepts/index';
import type { Concept, RelationType } from '../../utils/concepts/types';
import { useT, useUiLanguage } from '../common/i18n';
import { sectionLabel } from './concept-outline';
import { usePopup } from './context';
import { OpenQuote } from './OpenQuote';
import { shortQuote } from './tags';

const RELATION_ORDER: RelationType[] = ['broader', 'narrower', 'related', 'contrasts-with'];
const MAX_NOTES = 20;

/** A concept's card: both names, category, summary, where the paper treats it, relations, facts, the reader's notes. */
export function ConceptDetails({ concept, onSelect }: { concept: Concept; onSelect: (id: string) => void }) {
  const t = useT();
  const l = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  const { notes } = usePopup();
  const source = concept.sources[0];
  const relations = relationsOf(concept.id);
  const mentioning = (notes.notes ?? []).filter((n) => n.conceptIds.includes(concept.id));
  return (
    <div class="concept-card" id={`concept-card-${concept.id}`} data-role="concept-card" data-concept-id={concept.id}>
      <p>
        <span lang="zh-CN">{concept.name.zh}</span> · <span lang="en">{concept.name.en}</span>
      </p>
      <p>
        <span class="chip static">{t(`category.${concept.category}`)}</span>
      </p>
      <p lang={l === 'zh' ? 'zh-CN' : 'en'} data-role="summary">
        {concept.summary[l]}
      </p>
      {concept.context && (
        <aside class="concept-context" data-role="context" data-basis={concept.context.basis}>
          <div class="concept-context-label">{t('concept.context')}</div>
          <p lang={l === 'zh' ? 'zh-CN' : 'en'}>{concept.context.text[l]}</p>
        </aside>
      )}
      {source && (
        <p class="muted" data-role="source">
          {sectionLabel(source.section, source.heading[l], t)}
          <br />
          <cite>{formatCitation(source.paper, l)}</cite>
        </p>
      )}
      {relations.length > 0 && (
        <div data-role="related">
          <h4>{t('popup.concepts.related')}</h4>
          {RELATION_ORDER.map((type) => {
            const items = relations.filter((r) => r.type === type);
            if (items.length === 0) return null;
            return (
              <p key={type} class="rel-row">
                <span class="muted">{t(`popup.concepts.relation.${type}`)}: </span>
                {items.map((r) => (
                  <button
                    key={r.concept.id}
                    type="button"
                    class="chip"
                    data-concept-id={r.concept.id}
                    onClick={() => onSelect(r.concept.id)}
                  >
                    {r.concept.name[l]}
                  </button>
                ))}
              </p>
            );
          })}
        </div>
      )}
      {concept.facts && concept.facts.length > 0 && (
        <div>
          <h4>{t('popup.concepts.facts')}</h4>
          <ul>
            {concept.facts.map((f) => (
              <li key={f.text.en}>{f.text[l]}</li>
            ))}
          </ul>
        </div>
      )}
      <div data-role="concept-notes">
        <h4>{t('popup.concepts.notes', { count: mentioning.length })}</h4>
        {mentioning.length === 0 ? (
          <p class="muted">{t('popup.concepts.noNotes')}</p>
        ) : (
          <ul class="plain">
            {mentioning.slice(0, MAX_NOTES).map((n) => (
              <li key={n.id} data-note-id={n.id}>
                <OpenQuote
                  note={n}
                  class={`highlight color-${n.color}`}
                  label={`${shortQuote(n.quote.exact, 60)} — ${t('popup.note.open')}`}
                >
                  {shortQuote(n.quote.exact, 120)}
                </OpenQuote>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
