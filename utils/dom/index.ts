/** The DOM side of highlighting: block text, painting, time slicing, and keeping highlights right on live pages. */
export { type BlockText, boundariesFor, pointToOffset, rangeFor, readBlockText } from './block-text';
export { classify, collectBlocks, createBlockResolver, Kind, UI_ATTR } from './blocks';
export { type BlockObserver, type DirtySet, observeBlocks } from './observer';
export { createPageScanner, type Occurrence, type PageScanner, type PageScannerOptions } from './page-scanner';
export {
  createHighlightRegistry,
  createTermPainter,
  type HighlightRegistryHandle,
  injectStyle,
  type PainterStyle,
  type TermPainter,
  WRAPPER_TAG,
} from './painter';
export { collectBlocksSliced, runSliced, type SliceOptions, visibleFirst, yieldToMain } from './scheduler';
