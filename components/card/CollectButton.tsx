import type { Translate } from '../../utils/i18n';
import type { CollectControlState } from '../content/state';

export interface CollectButtonProps {
  control: CollectControlState;
  t: Translate;
  /** `trusted`: the click came from the reader (a page can synthesise clicks, never trusted ones). */
  onCollect(key: string, trusted: boolean): void;
}

/** A post's collect control: "Collect" or, once the post is in the reader's collection, "Collected". */
export function CollectButton({ control, t, onCollect }: CollectButtonProps) {
  const label = t(control.collected ? 'collect.collectedLabel' : 'collect.label', { author: control.author });
  return (
    <button
      type="button"
      class={control.collected ? 'dl-collect dl-collect-on' : 'dl-collect'}
      data-role="collect-post"
      data-guarded
      data-post-key={control.key}
      data-collected={control.collected ? 'true' : 'false'}
      aria-pressed={control.collected}
      aria-busy={control.busy}
      disabled={control.busy}
      aria-label={label}
      title={label}
      style={{ left: `${control.left}px`, top: `${control.top}px` }}
      onClick={(e) => onCollect(control.key, e.isTrusted)}
    >
      <span aria-hidden="true">{control.collected ? '★' : '☆'}</span>
      <span>{t(control.collected ? 'collect.collected' : 'collect.button')}</span>
    </button>
  );
}
