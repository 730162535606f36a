import { useT } from '../common/i18n';

export interface ToastState {
  text: string;
  /** Set for "deleted" toasts: the button restores it. */
  onUndo?: () => void;
}

/** A polite live region at the bottom of the popup; with an Undo button after a delete. */
export function UndoToast({ toast }: { toast: ToastState | null }) {
  const t = useT();
  return (
    <div class={toast ? 'toast on' : 'toast'} role="status" aria-live="polite" data-role="toast">
      {toast && <span>{toast.text}</span>}
      {toast?.onUndo && (
        <button type="button" data-role="undo" onClick={toast.onUndo}>
          {t('popup.note.undo')}
        </button>
      )}
    </div>
  );
}
