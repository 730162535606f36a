/** The popup's views, in tab order, and the keyboard rules of its tab list (WAI-ARIA tabs pattern). */
export const VIEWS = ['page', 'notes', 'posts', 'concepts', 'review'] as const;
export type ViewId = (typeof VIEWS)[number];

export function isView(value: string): value is ViewId {
  return (VIEWS as readonly string[]).includes(value);
}

/** The tab index a key moves to from `index` (wrapping), or null when the key is not a tab-list key. */
export function tabKeyTarget(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
