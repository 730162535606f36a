/**
 * Permissions audit: the built manifests may ask for exactly the documented permissions and hosts, nothing more.
 * A new permission must be argued for in README.md ("Permissions") and added here in the same change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_MATCHES } from '../../utils/hosts';
import { EXTENSION_DIR } from '../support/browser';

const DOCUMENTED_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const DOCUMENTED_HOSTS = [
  '*://weibo.com/*',
  '*://*.weibo.com/*',
  '*://m.weibo.cn/*',
  '*://x.com/*',
  '*://mobile.x.com/*',
  '*://twitter.com/*',
  '*://mobile.twitter.com/*',
  '*://mp.weixin.qq.com/*',
  '*://*.mfa.gov.cn/*',
  '*://*.fmprc.gov.cn/*',
];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  default_locale?: string;
  name: string;
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

describe('permissions audit (chrome-mv3 build)', () => {
  it('asks for exactly the documented permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(DOCUMENTED_PERMISSIONS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('asks for exactly the documented hosts, and runs its content script only there', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...DOCUMENTED_HOSTS].sort());
    expect([...HOST_MATCHES].sort()).toEqual([...DOCUMENTED_HOSTS].sort());
    for (const cs of manifest.content_scripts ?? []) {
      for (const m of cs.matches) expect(DOCUMENTED_HOSTS).toContain(m);
    }
  });

  it('asks for any other site only at run time, one origin at a time (optional host permissions)', () => {
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('exposes only the note editor, only to the hosts it runs on, under a per-session address', () => {
    // The editor runs in an extension frame so the page never hears what the reader types (issue 11).
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['note-editor.html'], matches: HOST_MATCHES, use_dynamic_url: true },
    ]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('is localised in English and Chinese', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'zh_CN']) {
      const messages = JSON.parse(
        readFileSync(join(EXTENSION_DIR, '_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      expect(messages.extName?.message).toBeTruthy();
      expect(messages.extDescription?.message).toBeTruthy();
    }
  });

  it('ships content scripts Chrome will load: valid UTF-8 with no noncharacters', () => {
    // Chrome rejects a content script that is not valid UTF-8; minified libraries can carry raw U+FFFF, which the
    // ASCII build setting escapes in strings (regex literals keep their Chinese, which is valid UTF-8).
    const bytes = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)).toBe(
      false,
    );
  });
});
