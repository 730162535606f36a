import type { EditorView } from '../../utils/editor/protocol';
import { translator } from '../../utils/i18n';
import { NoteEditor, type NoteEditorActions, type NoteEditorValues } from './NoteEditor';

/** Why the editor did not act on a click (shown under the fields). */
export type EditorNotice = 'covered' | 'too-soon' | null;

/**
 * The note editor as its own page: in an extension frame beside the passage, or in a small extension window
 * (app/editor). When a click could not be verified as the reader's, it says so and offers the window.
 */
export function EditorPage({
  view,
  mode,
  notice,
  actions,
  onDetach,
  onValues,
}: {
  view: EditorView;
  mode: 'frame' | 'window';
  notice: EditorNotice;
  actions: NoteEditorActions;
  onDetach(): void;
  onValues(values: NoteEditorValues): void;
}) {
  const t = translator(view.lang);
  const noticeEl = notice && (
    <div class="dl-notice">
      <p class="dl-hint dl-error" role="alert" data-role="editor-blocked" data-reason={notice}>
        {t(notice === 'covered' ? 'editor.covered' : 'editor.tooSoon')}
      </p>
      {notice === 'covered' && view.canDetach && (
        <p class="dl-hint">
          {t('editor.detachHint')}{' '}
          <button type="button" class="dl-btn dl-btn-quiet" data-role="editor-detach" onClick={onDetach}>
            {t('editor.detach')}
          </button>
        </p>
      )}
    </div>
  );
  return (
    <div class={`dl-root dl-editor-page dl-in-${mode}`} data-theme={view.theme} lang={view.lang}>
      {mode === 'window' && <h1 class="dl-window-title">{t('editor.windowTitle')}</h1>}
      <NoteEditor
        key={view.session}
        state={{
          noteId: view.noteId,
          quote: view.quote,
          color: view.values.color,
          note: view.values.note,
          tags: view.values.tags,
          busy: view.busy,
          ...(view.error === undefined ? {} : { error: view.error }),
        }}
        t={t}
        actions={actions}
        focus={view.focus}
        notice={noticeEl}
        onValues={onValues}
      />
    </div>
  );
}
