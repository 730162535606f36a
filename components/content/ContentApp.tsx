import type { Bilingual } from '../../utils/concepts/types';
import { translator } from '../../utils/i18n';
import type { Store } from '../../utils/state/store';
import { SelectionToolbar, type SelectionToolbarActions } from '../annotate/SelectionToolbar';
import { CollectButton } from '../card/CollectButton';
import { ConceptCard } from '../card/ConceptCard';
import { MissionBadge } from '../card/MissionBadge';
import { FloatingPanel } from './FloatingPanel';
import type { ContentState } from './state';
import { Toast } from './Toast';
import { useStore } from './useStore';

export interface ContentActions extends SelectionToolbarActions {
  selectConcept(id: string): void;
  saveTerm(): void;
  openInDiploLens(conceptId: string): void;
  closeCard(): void;
  openBadge(key: string, anchor: DOMRect): void;
  countOnPage(conceptId: string): number;
  nameOf(conceptId: string): Bilingual | undefined;
  cardPointer(inside: boolean): void;
  dismissToast(): void;
  /** Collect a post from its control; `trusted` is the click's isTrusted. */
  collectPost(key: string, trusted: boolean): void;
  /** Collect the post the card's term stands in. */
  collectCardPost(trusted: boolean): void;
}

/**
 * Everything DiploLens shows inside a page, rendered in the closed shadow root. The note editor is not here: it
 * runs in our own origin, in a frame (app/content/editor), so the reader's typing never reaches the page.
 */
export function ContentApp({ store, actions }: { store: Store<ContentState>; actions: ContentActions }) {
  const s = useStore(store);
  const t = translator(s.lang);
  return (
    <div class="dl-root" data-theme={s.theme} lang={s.lang}>
      {s.badges.map((b) => (
        <MissionBadge
          key={b.key}
          mission={b.mission}
          lang={s.lang}
          t={t}
          slots={b.slots}
          quoted={b.quoted}
          onOpen={(rect) => actions.openBadge(b.key, rect)}
        />
      ))}
      {s.collects.map((c) => (
        <CollectButton key={c.key} control={c} t={t} onCollect={actions.collectPost} />
      ))}
      {s.card && (
        <div onPointerEnter={() => actions.cardPointer(true)} onPointerLeave={() => actions.cardPointer(false)}>
          <FloatingPanel anchor={s.card.anchor}>
            <ConceptCard
              conceptIds={s.card.conceptIds}
              activeId={s.card.activeId}
              details={s.card.details}
              nameOf={actions.nameOf}
              lang={s.lang}
              t={t}
              countOnPage={actions.countOnPage}
              blockLanguage={s.card.blockLanguage}
              onSelect={actions.selectConcept}
              onSave={s.card.canSave ? actions.saveTerm : undefined}
              onCollectPost={s.card.canCollect ? actions.collectCardPost : undefined}
              onOpenInDiploLens={actions.openInDiploLens}
              onClose={actions.closeCard}
            />
          </FloatingPanel>
        </div>
      )}
      {s.toolbar && !s.editor && <SelectionToolbar state={s.toolbar} t={t} actions={actions} />}
      {s.toast && <Toast toast={s.toast} onDismiss={actions.dismissToast} />}
    </div>
  );
}
