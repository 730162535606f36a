import { CONCEPTS, conceptsInSection } from '../../utils/concepts/index';
import { type OutlineEntry, PAPER_OUTLINE } from '../../utils/concepts/outline';
import type { Concept } from '../../utils/concepts/types';
import type { Translate } from '../../utils/i18n';

export interface OutlineGroup {
  /** null: concepts whose main section the outline does not list ("Other concepts"). */
  entry: OutlineEntry | null;
  concepts: Concept[];
}

/** The concept base in the paper's order: one group per outline section that has concepts, then any leftovers. */
export function conceptOutline(concepts: readonly Concept[] = CONCEPTS): OutlineGroup[] {
  const placed = new Set<string>();
  const groups: OutlineGroup[] = [];
  for (const entry of PAPER_OUTLINE) {
    const list = conceptsInSection(entry.paper, entry.section, concepts);
    for (const c of list) placed.add(c.id);
    if (list.length > 0) groups.push({ entry, concepts: list });
  }
  const rest = concepts.filter((c) => !placed.has(c.id));
  if (rest.length > 0) groups.push({ entry: null, concepts: rest });
  return groups;
}

/** "§1(2) Heading" for numbered sections; just the heading for the introduction, conclusion and abstract. */
export function sectionLabel(section: string, heading: string, t: Translate): string {
  return /^\d/.test(section) ? t('popup.concepts.section', { section, heading }) : heading;
}
