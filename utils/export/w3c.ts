import type { NoteRecord } from '../notes/types';
import { isWebUrl } from '../notes/url';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Our fields that the Web Annotation model has no place for; enough, with the standard parts, to restore a NoteRecord exactly. */
export type DiploLensExtension = Omit<NoteRecord, 'id' | 'url' | 'quote' | 'position' | 'note' | 'tags'>;

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface W3CAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: W3CTextualBody[];
  target: {
    source: string;
    selector: [NoteRecord['quote'], NoteRecord['position']];
  };
  /** Namespaced extension object (unknown to other tools, which ignore it). */
  diplolens: DiploLensExtension;
}

export interface W3CAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export const ID_PREFIX = 'urn:uuid:';

/**
 * A source no tool may open: an older version's non-web address (javascript:, data:, file:, chrome: …) is kept, for
 * the reader, inside a URN (percent-encoded), never as an openable `source`. Importing it back is refused, like any
 * non-web target.
 */
export const UNSAFE_SOURCE_PREFIX = 'urn:x-diplolens:not-a-web-page:';

export function w3cSource(url: string): string {
  return isWebUrl(url) ? url : `${UNSAFE_SOURCE_PREFIX}${encodeURIComponent(url)}`;
}

export function noteToAnnotation(note: NoteRecord): W3CAnnotation {
  const { id, url, quote, position, note: text, tags, ...rest } = note;
  const body: W3CTextualBody[] = [];
  if (text !== '') body.push({ type: 'TextualBody', value: text, purpose: 'commenting', format: 'text/plain' });
  for (const tag of tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const annotation: W3CAnnotation = {
    '@context': ANNO_CONTEXT,
    id: `${ID_PREFIX}${id}`,
    type: 'Annotation',
    motivation: text !== '' ? 'commenting' : 'highlighting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    target: { source: w3cSource(url), selector: [{ ...quote }, { ...position }] },
    diplolens: structuredClone(rest),
  };
  if (body.length > 0) annotation.body = body;
  return annotation;
}

/** An AnnotationCollection with every note in its first page. */
export function notesToW3C(notes: readonly NoteRecord[], label = 'DiploLens notes'): W3CAnnotationCollection {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(noteToAnnotation) },
  };
}
