import { useEffect, useRef } from 'preact/hooks';

/**
 * Mounts a chart built by Observable Plot (an SVG or a figure element) and rebuilds it when its inputs change.
 * `onDrawn` fires after the element is in the page (the Insights page times its first chart by it).
 */
export function Figure({ build, deps, onDrawn }: { build: () => Element; deps: unknown[]; onDrawn?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const el = build();
    host.replaceChildren(el);
    onDrawn?.();
    return () => el.remove();
  }, deps);
  return <div class="figure" ref={ref} />;
}
