import { useEffect, useState } from 'preact/hooks';
import type { CiteSource } from '../../utils/cite/items';
import {
  CITATION_FORMATS,
  CITATION_STYLES,
  type CitationStyle,
  defaultStyle,
  FORMAT_NAMES,
  isCitationStyle,
  STYLE_NAMES,
} from '../../utils/cite/styles';
import { downloadFile } from '../common/download';
import { useUiLanguage } from '../common/i18n';
import { useResearchT } from './research-messages';

const STYLE_KEY = 'diplolens.citationStyle';

/** The style the reader chose last (per extension origin), else the UI language's usual one. */
export function preferredStyle(l: 'zh' | 'en'): CitationStyle {
  const saved = globalThis.localStorage?.getItem(STYLE_KEY);
  return isCitationStyle(saved) ? saved : defaultStyle(l);
}

/**
 * "Cite": the source's reference in a chosen style (copied as text and HTML) and as a BibTeX, RIS or CSL-JSON file.
 * The citation engine loads on first use (its own chunk), so the popup opens as fast as before.
 */
export function CiteMenu({ source, label }: { source: () => CiteSource; label: string }) {
  const r = useResearchT();
  const l = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  const [open, setOpen] = useState(false);
  const [style, setStyle] = useState<CitationStyle>(() => preferredStyle(l));
  const [ref, setRef] = useState<{ text: string; html: string } | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setRef(null);
    void import('../../utils/cite/index').then((cite) => {
      if (!live) return;
      const out = cite.references([source()], style);
      setRef({ text: out.text[0] ?? '', html: out.html[0] ?? '' });
    });
    return () => {
      live = false;
    };
  }, [open, style, source]);

  const copy = async () => {
    if (!ref) return;
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([ref.text], { type: 'text/plain' }),
          'text/html': new Blob([ref.html], { type: 'text/html' }),
        }),
      ]);
    } catch {
      await navigator.clipboard.writeText(ref.text);
    }
    setCopied(true);
  };
  const download = async (format: (typeof CITATION_FORMATS)[number]) => {
    const cite = await import('../../utils/cite/index');
    downloadFile(cite.citationFile([source()], format));
  };

  return (
    <div class="cite">
      <button
        type="button"
        class="quiet"
        data-role="cite"
        aria-expanded={open}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        {r('cite.button')}
      </button>
      {open && (
        <div class="cite-panel" data-role="cite-panel">
          <label class="row">
            <span>{r('cite.style')}</span>
            <select
              data-role="cite-style"
              value={style}
              onChange={(e) => {
                const s = e.currentTarget.value as CitationStyle;
                setStyle(s);
                setCopied(false);
                globalThis.localStorage?.setItem(STYLE_KEY, s);
              }}
            >
              {CITATION_STYLES.map((s) => (
                <option key={s} value={s}>
                  {STYLE_NAMES[s][l]}
                </option>
              ))}
            </select>
          </label>
          <p class="reference" data-role="reference" aria-live="polite">
            {ref ? ref.text : r('cite.loading')}
          </p>
          <div class="row wrap">
            <button type="button" data-role="cite-copy" disabled={!ref} onClick={() => void copy()}>
              {copied ? r('cite.copied') : r('cite.copy')}
            </button>
            {CITATION_FORMATS.map((f) => (
              <button key={f} type="button" class="quiet" data-role={`cite-${f}`} onClick={() => void download(f)}>
                {r('cite.download', { format: FORMAT_NAMES[f] })}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
