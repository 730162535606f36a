export { annotationToRecord, type ImportOptions, type ImportResult, parseImportText, parseImportValue } from './import';
export { formatPath, type ImportError } from './messages';
export { MAX_FILE_CHARS, MAX_IMPORT_NOTES } from './schemas';
