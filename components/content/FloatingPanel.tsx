import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeCard, type Rect } from '../../utils/layout/placement';

/** Positions its child beside `anchor` (never over it, always inside the viewport). */
export function FloatingPanel({
  anchor,
  children,
  width = 360,
}: {
  anchor: Rect;
  children: ComponentChildren;
  width?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.maxHeight = '';
    const size = { width: Math.min(width, window.innerWidth - 16), height: el.scrollHeight };
    const p = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    el.style.left = `${p.left}px`;
    el.style.top = `${p.top}px`;
    el.style.width = `${size.width}px`;
    el.style.maxHeight = `${p.maxHeight}px`;
    el.style.visibility = 'visible';
  });
  return (
    <div ref={ref} class="dl-float" style={{ visibility: 'hidden' }}>
      {children}
    </div>
  );
}
