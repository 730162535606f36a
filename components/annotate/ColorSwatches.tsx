import type { Translate } from '../../utils/i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/notes/types';

export const SWATCH_FILL: Record<HighlightColor, string> = {
  yellow: '#fde047',
  green: '#86efac',
  blue: '#93c5fd',
  pink: '#f9a8d4',
  purple: '#d8b4fe',
};

export function ColorSwatches({
  value,
  t,
  onPick,
}: {
  value?: HighlightColor;
  t: Translate;
  onPick(color: HighlightColor): void;
}) {
  return (
    <>
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          class="dl-swatch"
          data-color={c}
          aria-pressed={value === c}
          aria-label={t(`color.${c}` as const)}
          title={t(`color.${c}` as const)}
          style={{ background: SWATCH_FILL[c] }}
          onClick={() => onPick(c)}
        />
      ))}
    </>
  );
}
