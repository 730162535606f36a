export { BACKUP_FORMAT, BACKUP_VERSION, type Backup, createBackup } from './backup';
export { CSV_COLUMNS, neutraliseCell, notesToCsv, quoteCell } from './csv';
export { buildExport, type ExportFile, type ExportFormat } from './files';
export { type MarkdownOptions, notesToMarkdown, toObsidianTag, wikiLink } from './markdown';
export {
  ANNO_CONTEXT,
  type DiploLensExtension,
  ID_PREFIX,
  notesToW3C,
  noteToAnnotation,
  type W3CAnnotation,
  type W3CAnnotationCollection,
} from './w3c';
