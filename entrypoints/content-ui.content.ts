import { defineContentScript } from 'wxt/utils/define-content-script';
import { registerUi } from '../app/content/shared';
import { attachUi } from '../app/content/ui';

/**
 * The in-page UI (card, toolbar, notes, badges, collect controls, editor): not in the manifest. The background
 * injects it into a frame when that frame's content script asks (app/content/boot.ts), so a tab pays for it only
 * where DiploLens runs, after the terms are painted.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main: () => registerUi(attachUi),
});
