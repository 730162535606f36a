/**
 * The in-page UI's stylesheet, adopted by the closed shadow root. `:host { all: initial }` plus the shadow
 * boundary keep the page's CSS out; sizes are in px so the page's root font size does not matter. The host forms no
 * stacking context (so saved-note boxes can blend with the page's text): each panel carries the top z-index.
 */
export const CONTENT_CSS = `
:host { all: initial; }
.dl-root {
  --dl-bg: #ffffff; --dl-fg: #1f2937; --dl-muted: #6b7280; --dl-border: #e5e7eb; --dl-accent: #1b365d;
  --dl-accent-fg: #ffffff; --dl-chip: #eef2ff; --dl-gold: #e8aa28; --dl-shadow: 0 10px 30px rgba(15, 23, 42, .18);
  font: 14px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  color: var(--dl-fg);
  -webkit-font-smoothing: antialiased;
}
.dl-root[data-theme="dark"] {
  --dl-bg: #111827; --dl-fg: #e5e7eb; --dl-muted: #9ca3af; --dl-border: #374151; --dl-accent: #93c5fd;
  --dl-accent-fg: #0b1220; --dl-chip: #1e293b; --dl-shadow: 0 10px 30px rgba(0, 0, 0, .5);
}
*, *::before, *::after { box-sizing: border-box; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid var(--dl-gold); outline-offset: 1px; }
.dl-paint { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; }
.dl-paint, .dl-paint * { pointer-events: none !important; }
.dl-note[hidden] { display: none; }
.dl-note-box { margin: 0; padding: 0; border: 0; }
.dl-float, .dl-toolbar, .dl-toast, .dl-badge, .dl-editor-frame { z-index: 2147483647; }
.dl-editor-frame {
  position: fixed; pointer-events: auto; display: block; margin: 0; padding: 0; background: var(--dl-bg);
  border: 1px solid var(--dl-border); border-radius: 10px; box-shadow: var(--dl-shadow); color-scheme: normal;
}
.dl-editor-frame[hidden] { display: none; }
.dl-float {
  position: fixed; pointer-events: auto; overflow: auto; background: var(--dl-bg); color: var(--dl-fg);
  border: 1px solid var(--dl-border); border-radius: 10px; box-shadow: var(--dl-shadow); padding: 12px 14px;
}
.dl-card-tabs { display: flex; gap: 4px; margin: -4px 0 8px; flex-wrap: wrap; }
.dl-tab { border: 1px solid var(--dl-border); background: transparent; border-radius: 999px; padding: 1px 10px; font-size: 12px; }
.dl-tab-on { background: var(--dl-accent); color: var(--dl-accent-fg); border-color: var(--dl-accent); }
.dl-card-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
.dl-card-title { margin: 0; font-size: 17px; font-weight: 650; line-height: 1.3; }
.dl-card-subtitle { color: var(--dl-muted); font-size: 13px; }
.dl-icon-btn { border: 0; background: transparent; font-size: 20px; line-height: 1; padding: 0 4px; color: var(--dl-muted); }
.dl-card-meta { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 6px 0; font-size: 12px; }
.dl-chip { background: var(--dl-chip); border-radius: 999px; padding: 1px 8px; }
.dl-muted { color: var(--dl-muted); }
.dl-card-summary { margin: 6px 0 2px; }
.dl-link-btn { border: 0; background: none; padding: 0; color: var(--dl-accent); font-size: 12px; text-decoration: underline; }
/* General knowledge, not from the paper: set apart from the summary so nobody reads it as the paper's words. */
.dl-card-context { margin: 8px 0 0; padding: 6px 8px; font-size: 12px; color: var(--dl-muted);
  background: var(--dl-chip); border: 1px dashed var(--dl-border); border-radius: 6px; }
.dl-card-context-label { font-size: 11px; font-weight: 600; letter-spacing: .02em; margin-bottom: 2px; }
.dl-card-context p { margin: 0; }
.dl-card-context p:lang(en) { font-style: italic; }
.dl-card-source { margin-top: 8px; font-size: 12px; border-left: 3px solid var(--dl-gold); padding-left: 8px; }
.dl-card-source cite { font-style: normal; display: block; }
.dl-card-facts { margin: 8px 0 0; padding-left: 18px; font-size: 12px; }
.dl-card-related { margin-top: 8px; display: grid; gap: 4px; font-size: 12px; }
.dl-rel-row { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.dl-rel { border: 1px solid var(--dl-border); background: transparent; border-radius: 6px; padding: 0 6px; font-size: 12px; }
.dl-rel:hover { border-color: var(--dl-accent); }
.dl-card-actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
.dl-btn { border: 1px solid var(--dl-accent); background: var(--dl-accent); color: var(--dl-accent-fg); border-radius: 6px; padding: 3px 10px; font-size: 13px; }
.dl-btn-quiet { background: transparent; color: var(--dl-accent); }
.dl-btn-danger { border-color: #b91c1c; background: transparent; color: #b91c1c; }
.dl-badge {
  position: fixed; pointer-events: auto; display: inline-flex; gap: 4px; align-items: center; white-space: nowrap;
  border: 1px solid var(--dl-border); background: var(--dl-bg); color: var(--dl-fg); border-radius: 999px;
  padding: 0 8px 0 3px; font-size: 12px; line-height: 20px; box-shadow: 0 1px 3px rgba(0,0,0,.12); overflow: hidden;
}
.dl-collect {
  position: fixed; pointer-events: auto; display: inline-flex; gap: 3px; align-items: center; white-space: nowrap;
  border: 1px solid var(--dl-border); background: var(--dl-bg); color: var(--dl-accent); border-radius: 999px;
  padding: 0 9px 0 7px; font-size: 12px; line-height: 22px; box-shadow: 0 1px 3px rgba(0,0,0,.12);
  transform: translateX(-100%);
}
.dl-collect:hover { border-color: var(--dl-accent); }
.dl-collect-on { background: var(--dl-accent); color: var(--dl-accent-fg); border-color: var(--dl-accent); }
.dl-collect[aria-busy="true"] { opacity: .6; cursor: progress; }
.dl-badge-quoted { border-style: dashed; }
.dl-badge-text { overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.dl-badge:not([data-variant="short"]) .dl-badge-short, .dl-badge[data-variant="short"] .dl-badge-full,
.dl-badge[data-variant="code"] .dl-badge-text { display: none; }
.dl-badge[data-variant="code"] { padding-right: 3px; }
.dl-cc { flex: none; border: 1px solid currentColor; border-radius: 4px; padding: 0 3px; font-size: 10px; line-height: 14px;
  font-weight: 650; letter-spacing: .02em; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.dl-toolbar { position: fixed; pointer-events: auto; display: flex; gap: 4px; align-items: center; padding: 4px 6px;
  background: var(--dl-bg); border: 1px solid var(--dl-border); border-radius: 8px; box-shadow: var(--dl-shadow); }
.dl-swatch { width: 20px; height: 20px; border-radius: 50%; border: 2px solid var(--dl-bg); box-shadow: 0 0 0 1px var(--dl-border); padding: 0; }
.dl-swatch[aria-pressed="true"] { box-shadow: 0 0 0 2px var(--dl-accent); }
.dl-field { display: grid; gap: 2px; margin-top: 8px; font-size: 12px; }
.dl-field textarea, .dl-field input { font: inherit; font-size: 13px; color: var(--dl-fg); background: var(--dl-bg);
  border: 1px solid var(--dl-border); border-radius: 6px; padding: 4px 6px; width: 100%; }
.dl-field textarea { min-height: 64px; resize: vertical; }
.dl-quote { margin: 0; padding-left: 8px; border-left: 3px solid var(--dl-gold); font-size: 13px; max-height: 6em; overflow: auto; }
.dl-toast { position: fixed; pointer-events: auto; left: 50%; bottom: 24px; transform: translateX(-50%);
  display: flex; gap: 12px; align-items: center; background: #1f2937; color: #f9fafb; border-radius: 8px;
  padding: 8px 14px; box-shadow: var(--dl-shadow); font-size: 13px; max-width: 90vw; }
.dl-toast[data-kind="error"] { background: #7f1d1d; }
.dl-toast button { border: 0; background: none; color: #fde68a; text-decoration: underline; }
.dl-fieldset { border: 0; margin: 10px 0 0; padding: 0; }
.dl-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.dl-hint { font-size: 12px; color: var(--dl-muted); }
`;
