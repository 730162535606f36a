import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConceptCardData } from '../../utils/concepts/card-data';
import type { Bilingual, RelationType } from '../../utils/concepts/types';
import type { Translate, UiLanguage } from '../../utils/i18n';

export interface ConceptCardProps {
  /** Concepts reached from the term (two where Chinese terms overlap); the first is shown unless `activeId` says. */
  conceptIds: string[];
  activeId: string;
  /** The card's content, sent by the background; undefined while it is on its way, null if there is none. */
  details: ConceptCardData | null | undefined;
  /** Names of concepts, known in the page without asking (tabs, the header while the details load). */
  nameOf(id: string): Bilingual | undefined;
  lang: UiLanguage;
  t: Translate;
  /** Occurrences of a concept on this page. */
  countOnPage(conceptId: string): number;
  /** Language of the block the term stands in ("zh-Hans", "en" …), when known. */
  blockLanguage?: string;
  onSelect(conceptId: string): void;
  onSave?(): void;
  /** Offered when the term stands in a post: collect that post (`trusted`: the click's isTrusted). */
  onCollectPost?(trusted: boolean): void;
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
  const concept = props.details?.concept.id === activeId ? props.details.concept : undefined;
  const name = concept?.name ?? props.nameOf(activeId);
  const [showOther, setShowOther] = useState(false);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => setShowOther(false), [activeId]);

  if (!name || props.details === null) return null;
  const primary: 'zh' | 'en' = lang === 'zh-CN' ? 'zh' : 'en';
  const summaryLang = showOther ? otherLang(lang) : primary;
  const source = concept?.sources[0];
  const relations = concept ? (props.details?.related ?? []) : [];
  const count = props.countOnPage(activeId);

  return (
    <section
      ref={ref}
      class="dl-card"
      data-role="card"
      data-concept-id={activeId}
      data-loaded={concept ? 'true' : 'false'}
      role="dialog"
      aria-label={t('card.label', { name: name[primary] })}
    >
      {conceptIds.length > 1 && (
        <div class="dl-card-tabs" role="tablist" aria-label={t('card.overlapping')}>
          {conceptIds.map((id) => {
            const n = props.nameOf(id);
            if (!n) return null;
            return (
              <button
                key={id}
                type="button"
                role="tab"
                aria-selected={id === activeId}
                class={id === activeId ? 'dl-tab dl-tab-on' : 'dl-tab'}
                onClick={() => props.onSelect(id)}
              >
                {n[primary]}
              </button>
            );
          })}
        </div>
      )}
      <header class="dl-card-head">
        <div>
          <h2 class="dl-card-title" lang="zh-CN">
            {name.zh}
          </h2>
          <div class="dl-card-subtitle" lang="en">
            {name.en}
          </div>
        </div>
        <button type="button" class="dl-icon-btn" aria-label={t('card.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <div class="dl-card-meta">
        {concept && <span class="dl-chip">{t(`category.${concept.category}`)}</span>}
        <span class="dl-muted" data-role="count">
          {t('card.countOnPage', { count })}
        </span>
        {props.blockLanguage && (
          <span class="dl-muted" data-role="language">
            {t('card.language', { lang: languageName(props.blockLanguage, t) })}
          </span>
        )}
      </div>
      {!concept && <p class="dl-muted">{t('card.loading')}</p>}
      <p class="dl-card-summary" lang={summaryLang === 'zh' ? 'zh-CN' : 'en'} data-role="summary">
        {concept?.summary[summaryLang]}
      </p>
      <button type="button" class="dl-link-btn" onClick={() => setShowOther((v) => !v)} data-role="toggle-language">
        {showOther ? t('card.showUiLanguage') : t('card.showOtherLanguage')}
      </button>
      {concept?.context && (
        <aside class="dl-card-context" data-role="context" data-basis={concept.context.basis}>
          <div class="dl-card-context-label">{t('concept.context')}</div>
          <p lang={summaryLang === 'zh' ? 'zh-CN' : 'en'}>{concept.context.text[summaryLang]}</p>
        </aside>
      )}
      {source && (
        <div class="dl-card-source" data-role="source">
          <div>
            {/* "§1(2) · heading" for numbered sections; the introduction, conclusion and abstract by heading alone. */}
            {/^\d/.test(source.section) && `${t('card.section', { section: source.section })} · `}
            {source.heading[primary]}
          </div>
          <cite class="dl-muted">{props.details?.citations[source.paper]?.[primary]}</cite>
        </div>
      )}
      {concept?.facts && concept.facts.length > 0 && (
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
                    key={r.id}
                    type="button"
                    class="dl-rel"
                    data-concept-id={r.id}
                    onClick={() => props.onSelect(r.id)}
                  >
                    {r.name[primary]}
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
        {props.onCollectPost && (
          <button
            type="button"
            class="dl-btn dl-btn-quiet"
            data-role="card-collect-post"
            data-guarded
            onClick={(e) => props.onCollectPost?.(e.isTrusted)}
          >
            {t('card.collectPost')}
          </button>
        )}
        <button
          type="button"
          class="dl-btn dl-btn-quiet"
          data-role="open-in-diplolens"
          onClick={() => props.onOpenInDiploLens(activeId)}
        >
          {t('card.openInDiploLens')}
        </button>
      </footer>
    </section>
  );
}
