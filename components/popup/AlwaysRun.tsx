import { useEffect, useState } from 'preact/hooks';
import { originPattern, siteOfPattern } from '../../utils/permissions/chosen-sites';
import { adapterFor } from '../../utils/sites/registry';
import { useT } from '../common/i18n';
import { usePopup } from './context';
import { useSiteAccess } from './site-access';

type State =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'offer'; pattern: string; site: string }
  | { kind: 'asking'; pattern: string; site: string }
  | { kind: 'chosen'; site: string };

/**
 * "Always run on <site>": for a page on a site DiploLens does not read by itself, one click asks the browser for
 * that site only; from then on DiploLens runs there on every visit and brings the reader's notes back. Shown
 * nowhere else (built-in sites, browser pages).
 */
export function AlwaysRun({ tabId, url, onChosen }: { tabId: number; url?: string; onChosen(): void }) {
  const t = useT();
  const access = useSiteAccess();
  const { announce } = usePopup();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const href = url ?? (await access.tabUrl(tabId));
      const pattern = href ? originPattern(href) : null;
      const site = pattern ? siteOfPattern(pattern) : null;
      // Built-in sites run by themselves (or are switched off in the settings on purpose).
      if (!href || !pattern || !site || adapterFor(href).matches.length > 0) {
        if (live) setState({ kind: 'none' });
        return;
      }
      const allowed = await access.isAllowed(pattern);
      if (live) setState(allowed ? { kind: 'chosen', site } : { kind: 'offer', pattern, site });
    })();
    return () => {
      live = false;
    };
  }, [tabId, url, access]);

  if (state.kind === 'loading' || state.kind === 'none') return null;
  if (state.kind === 'chosen') {
    return (
      <p class="muted" data-role="always-running">
        {t('popup.page.alwaysRunning', { site: state.site })}
      </p>
    );
  }
  const { pattern, site } = state;
  const choose = () => {
    // Straight from the click: the browser grants a permission only in a user gesture.
    const asked = access.request(pattern);
    setState({ kind: 'asking', pattern, site });
    void asked.then((granted) => {
      if (granted) {
        setState({ kind: 'chosen', site });
        announce(t('popup.page.alwaysRunDone', { site }));
        onChosen();
      } else {
        setState({ kind: 'offer', pattern, site });
        announce(t('popup.page.alwaysRunDenied', { site }));
      }
    });
  };
  return (
    <div class="stack" data-role="always-run-offer">
      <button type="button" data-role="always-run" disabled={state.kind === 'asking'} onClick={choose}>
        {t('popup.page.alwaysRun', { site })}
      </button>
      <p class="muted small">{t('popup.page.alwaysRunHint', { site })}</p>
    </div>
  );
}
