/**
 * Keeps the content scripts of the sites the reader chose (utils/permissions/chosen-sites.ts) in step with the
 * permissions the browser holds: at start-up and whenever a permission is granted (from the popup's "Always run on
 * this site") or revoked (from DiploLens's options or the browser's own extension settings).
 */
import { type SiteAccessApi, syncRegistrations } from '../../utils/permissions/chosen-sites';

export interface ChosenSitesApi extends SiteAccessApi {
  onPermissionsChanged: {
    addListener(cb: () => void): void;
    removeListener(cb: () => void): void;
  };
}

export function watchChosenSites(
  api: ChosenSitesApi,
  builtIn: readonly string[],
): { stop(): void; sync(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  // One pass at a time: a grant and a revoke in quick succession must not register the same script twice.
  const sync = () => {
    running = running
      .then(() => syncRegistrations(api, builtIn))
      .then(
        () => undefined,
        (err: unknown) => console.warn('[DiploLens] chosen sites', err),
      );
    return running;
  };
  const onChange = () => void sync();
  api.onPermissionsChanged.addListener(onChange);
  void sync();
  return {
    sync,
    stop() {
      api.onPermissionsChanged.removeListener(onChange);
    },
  };
}
