import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, saveSettings, watchSettings } from '../../utils/settings';

export interface SettingsState {
  settings: Settings | null;
  /** Saves a patch; resolves to an error message, or null on success. */
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

/** Current settings, kept in sync with changes made elsewhere (popup, another options tab). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setSettings(s);
    });
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback(async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(patch));
      return null;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }, []);
  return { settings, update };
}
