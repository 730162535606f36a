import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../common/i18n';

export interface ToastState {
  text: string;
  /** Set for "deleted" toasts: the button restores it. */
  onUndo?: () => void;
  /** Move the keyboard to Undo (the row whose Delete had focus is gone). */
  focusUndo?: boolean;
}

/** A polite live region at the bottom of the popup; with an Undo button after a delete. */
export function UndoToast({ toast, onHold }: { toast: ToastState | null; onHold: (hold: boolean) => void }) {
  const t = useT();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toast?.focusUndo) undo.current?.focus();
  }, [toast]);
  // While the keyboard is on the Undo button the toast stays; it goes on its timer once focus leaves.
  return (
    <div
      class={toast ? 'toast on' : 'toast'}
      role="status"
      aria-live="polite"
      data-role="toast"
      onFocusIn={() => onHold(true)}
      onFocusOut={() => onHold(false)}
    >
      {toast && <span>{toast.text}</span>}
      {toast?.onUndo && (
        <button ref={undo} type="button" data-role="undo" onClick={toast.onUndo}>
          {t('popup.note.undo')}
        </button>
      )}
    </div>
  );
}
