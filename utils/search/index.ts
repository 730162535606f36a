export { hasFilters, matchesFilters, type SearchFilters } from './filters';
export { groupByConcept, groupByPage, groupNotes, type NoteGroup } from './group';
export { parseQuery, type QueryToken, tokenMatches } from './query';
export { NoteSearchIndex } from './search-index';
