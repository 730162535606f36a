import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { utf8Output } from './scripts/build/utf8-output';
import { HOST_MATCHES } from './utils/hosts';

export default defineConfig({
  // Explicit imports: WXT's auto-imports make two utils exporting one name clash, and hide where things live.
  imports: false,
  // A separate output folder lets a benchmark or a second test run build without clobbering another's build.
  outDir: process.env.DIPLOLENS_OUT_DIR || '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: HOST_MATCHES,
    // "Always run on this site": one origin at a time, asked for when the reader chooses it, never at install.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
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
      // Chrome takes at most four suggested keys: this is the third.
      'collect-post': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmdCollectPost__',
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
  // The sources archive addons.mozilla.org asks for (`npm run zip:firefox`): what rebuilds the extension, and no
  // more (no tests, demo pages or local output). scripts/check-sources.ts rebuilds from it and compares.
  zip: {
    includeSources: [
      'entrypoints/**',
      'app/**',
      'scripts/build/**',
      'components/**',
      'utils/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      '.nvmrc',
    ],
  },
  vite: () => ({
    // UTF-8 output (Chinese text at 3 bytes, not a 6-byte escape) with only the characters Chrome refuses in an
    // extension script (noncharacters such as the raw U+FFFF in minified Dexie/franc) escaped.
    plugins: [preact(), utf8Output()],
    // DIPLOLENS_NO_MINIFY=1 keeps function names readable in CPU profiles (scripts/bench, DevTools).
    // DIPLOLENS_SOURCEMAP=1 writes source maps, to attribute a bundle's bytes to source modules (e.g. with
    // source-map-js, as issue 12 did for content.js).
    build: {
      target: 'es2022',
      ...(process.env.DIPLOLENS_NO_MINIFY === '1' ? { minify: false } : {}),
      ...(process.env.DIPLOLENS_SOURCEMAP === '1' ? { sourcemap: true } : {}),
    },
    // Citation.js imports fetch libraries for inputs DiploLens never gives it (DOIs, URLs): refusing stand-ins, so
    // no network code is bundled (utils/cite/no-fetch.ts).
    resolve: {
      alias: {
        'node-fetch': resolve(import.meta.dirname, 'utils/cite/no-fetch.ts'),
        'sync-fetch': resolve(import.meta.dirname, 'utils/cite/no-sync-fetch.ts'),
      },
    },
  }),
});
