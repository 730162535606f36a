import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { HOST_MATCHES } from './utils/hosts';

export default defineConfig({
  // Explicit imports: WXT's auto-imports make two utils exporting one name clash, and hide where things live.
  imports: false,
  // A separate output folder lets a benchmark or a second test run build without clobbering another's build.
  outDir: process.env.DIPLOLENS_OUT_DIR || '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: HOST_MATCHES,
    action: { default_title: '__MSG_extName__' },
    // The note editor runs in our origin, in a frame on the pages we run on by ourselves (issue 11): only there may
    // a page embed it, and in Chrome only under a per-session address a page cannot guess. Firefox MV2 takes a plain
    // list (its moz-extension address is random per install).
    web_accessible_resources:
      browser === 'firefox'
        ? ['note-editor.html']
        : [{ resources: ['note-editor.html'], matches: HOST_MATCHES, use_dynamic_url: true }],
    commands: {
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdSaveHighlight__',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextTerm__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'diplolens@diplolens.org',
              // 140 (Android 142) is the first to read data_collection_permissions: we declare that we collect nothing.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    // Chrome rejects content scripts that are not valid UTF-8; minified Dexie/franc can emit raw U+FFFF.
    esbuild: { charset: 'ascii' },
    build: { target: 'es2022' },
  }),
});
