import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCitation } from '../../utils/concepts/citations';
import { getConcept, relationsOf } from '../../utils/concepts/index';
import type { Concept, RelationType } from '../../utils/concepts/types';
import type { Translate, UiLanguage } from '../../utils/i18n';

export interface ConceptCardProps {
  /** Concepts reached from the term (two where Chinese terms overlap); the first is shown unless `activeId` says. */
  conceptIds: string[];
  activeId: string;
  lang: UiLanguage;
  t: Translate;
  /** Occurrences of a concept on this page. */
  countOnPage(conceptId: string): number;
  /** Language of the block the term stands in ("zh-Hans", "en" …), when known. */
  blockLanguage?: string;
  onSelect(conceptId: string): void;
  onSave?(): void;
  onOpenInDiploLens(conceptId: string): void;
  onClose(): void;
}

/** Language codes as the reader reads them (the popup's filter labels say the same). */
const LANGUAGE_LABEL = {
  'zh-Hans': 'popup.notes.lang.zh-Hans',
  'zh-Hant': 'popup.notes.lang.zh-Hant',
  en: 'popup.notes.lang.en',
  und: 'popup.notes.lang.und',
} as const;

function languageName(code: string, t: Translate): string {
  return code in LANGUAGE_LABEL ? t(LANGUAGE_LABEL[code as keyof typeof LANGUAGE_LABEL]) : code;
}

const RELATION_ORDER: RelationType[] = ['broader', 'narrower', 'related', 'contrasts-with'];

function otherLang(lang: UiLanguage): 'zh' | 'en' {
  return lang === 'zh-CN' ? 'en' : 'zh';
}

export function ConceptCard(props: ConceptCardProps) {
  const { conceptIds, activeId, lang, t } = props;
  const concept: Concept | undefined = getConcept(activeId);
  const [showOther, setShowOther] = useState(false);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => setShowOther(false), [activeId]);

  if (!concept) return null;
  const primary: 'zh' | 'en' = lang === 'zh-CN' ? 'zh' : 'en';
  const summaryLang = showOther ? otherLang(lang) : primary;
  const source = concept.sources[0];
  const relations = relationsOf(concept.id);
  const count = props.countOnPage(concept.id);

  return (
    <section
      ref={ref}
      class="dl-card"
      data-role="card"
      data-concept-id={concept.id}
      role="dialog"
      aria-label={t('card.label', { name: concept.name[primary] })}
    >
      {conceptIds.length > 1 && (
        <div class="dl-card-tabs" role="tablist" aria-label={t('card.overlapping')}>
          {conceptIds.map((id) => {
            const c = getConcept(id);
            if (!c) return null;
            return (
              <button
                key={id}
                type="button"
                role="tab"
                aria-selected={id === concept.id}
                class={id === concept.id ? 'dl-tab dl-tab-on' : 'dl-tab'}
                onClick={() => props.onSelect(id)}
              >
                {c.name[primary]}
              </button>
            );
          })}
        </div>
      )}
      <header class="dl-card-head">
        <div>
          <h2 class="dl-card-title" lang="zh-CN">
            {concept.name.zh}
          </h2>
          <div class="dl-card-subtitle" lang="en">
            {concept.name.en}
          </div>
        </div>
        <button type="button" class="dl-icon-btn" aria-label={t('card.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <div class="dl-card-meta">
        <span class="dl-chip">{t(`category.${concept.category}`)}</span>
        <span class="dl-muted" data-role="count">
          {t('card.countOnPage', { count })}
        </span>
        {props.blockLanguage && (
          <span class="dl-muted" data-role="language">
            {t('card.language', { lang: languageName(props.blockLanguage, t) })}
          </span>
        )}
      </div>
      <p class="dl-card-summary" lang={summaryLang === 'zh' ? 'zh-CN' : 'en'} data-role="summary">
        {concept.summary[summaryLang]}
      </p>
      <button type="button" class="dl-link-btn" onClick={() => setShowOther((v) => !v)} data-role="toggle-language">
        {showOther ? t('card.showUiLanguage') : t('card.showOtherLanguage')}
      </button>
      {source && (
        <div class="dl-card-source" data-role="source">
          <div>
            {t('card.section', { section: source.section })} · {source.heading[primary]}
          </div>
          <cite class="dl-muted">{formatCitation(source.paper, primary)}</cite>
        </div>
      )}
      {concept.facts && concept.facts.length > 0 && (
        <ul class="dl-card-facts">
          {concept.facts.slice(0, 3).map((f) => (
            <li key={f.text.en}>{f.text[primary]}</li>
          ))}
        </ul>
      )}
      {relations.length > 0 && (
        <div class="dl-card-related" data-role="related">
          {RELATION_ORDER.map((type) => {
            const items = relations.filter((r) => r.type === type);
            if (items.length === 0) return null;
            return (
              <div key={type} class="dl-rel-row">
                <span class="dl-muted">{t(`relation.${type}`)}</span>
                {items.map((r) => (
                  <button
                    key={r.concept.id}
                    type="button"
                    class="dl-rel"
                    data-concept-id={r.concept.id}
                    onClick={() => props.onSelect(r.concept.id)}
                  >
                    {r.concept.name[primary]}
                  </button>
                ))}
              </div>
            );
          })}
        </div>
      )}
      <footer class="dl-card-actions">
        {props.onSave && (
          <button type="button" class="dl-btn" data-role="save-term" onClick={props.onSave}>
            {t('card.saveHighlight')}
          </button>
        )}
        <button
          type="button"
          class="dl-btn dl-btn-quiet"
          data-role="open-in-diplolens"
          onClick={() => props.onOpenInDiploLens(concept.id)}
        >
          {t('card.openInDiploLens')}
        </button>
      </footer>
    </section>
  );
}
