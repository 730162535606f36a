import { useEffect } from 'preact/hooks';
import type { ToastState } from './state';

/** A short message at the bottom of the page; errors stay until dismissed, others fade after a while. */
export function Toast({ toast, onDismiss }: { toast: ToastState; onDismiss(): void }) {
  useEffect(() => {
    if (toast.kind === 'error') return;
    const id = setTimeout(onDismiss, toast.action ? 8000 : 4000);
    return () => clearTimeout(id);
  }, [toast, onDismiss]);
  return (
    <div class="dl-toast" data-role="toast" data-kind={toast.kind} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <span>{toast.text}</span>
      {toast.action && (
        <button type="button" data-role="toast-action" onClick={toast.action.run}>
          {toast.action.label}
        </button>
      )}
      <button type="button" aria-label="×" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
