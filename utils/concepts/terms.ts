import type { TermEntry } from '../matcher/types';
import { CONCEPTS } from './index';
import type { Concept, ConceptTerm } from './types';

const HAN = /\p{Script=Han}/u;
/** Hyphens (ASCII and Unicode dashes), underscores and whitespace all count as one separator. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212_]+/gu;
const MIN_HAN = 2;
const MIN_LATIN = 3;

/** The comparison form of a surface: NFKC, separators collapsed to one space, lower-cased unless case-sensitive. */
export function normalizeSurface(surface: string, caseSensitive = false): string {
  const collapsed = surface.normalize('NFKC').replace(SEPARATORS, ' ').trim();
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

/** English names are common nouns unless they start with a capital or digit (proper names: no inflection). */
function nameTerm(concept: Concept, lang: 'zh' | 'en'): ConceptTerm {
  const text = concept.name[lang];
  // A term repeating the name with explicit flags overrides the default.
  const explicit = concept.terms.find((t) => t.lang === lang && normalizeSurface(t.text) === normalizeSurface(text));
  if (explicit) return { ...explicit, text };
  if (lang === 'zh') return { text, lang };
  return { text, lang, inflect: /^[a-z]/.test(text) };
}

function checkLength(surface: string, conceptId: string): void {
  const bare = surface.replace(SEPARATORS, '');
  const tooShort = HAN.test(surface) ? [...bare].length < MIN_HAN : bare.length < MIN_LATIN;
  if (tooShort) throw new Error(`Term "${surface}" of concept "${conceptId}" is too short to match safely`);
}

/**
 * The matcher's dictionary: every concept's names and terms, one entry per distinct surface. Throws if a
 * surface form (after normalisation) would belong to two concepts, naming both, because a highlight can
 * only open one card.
 */
export function buildTermDictionary(concepts: readonly Concept[] = CONCEPTS): TermEntry[] {
  const entries: TermEntry[] = [];
  // Case-insensitive terms claim their lower-cased form; case-sensitive ones their exact form.
  const insensitiveOwner = new Map<string, { id: string; surface: string }>();
  const sensitiveOwner = new Map<string, { id: string; surface: string }>();
  const clash = (surface: string, id: string, other: { id: string; surface: string }): Error =>
    new Error(
      `Term "${surface}" of concept "${id}" collides with "${other.surface}" of concept "${other.id}": a surface form must belong to one concept`,
    );

  for (const concept of concepts) {
    const terms = [nameTerm(concept, 'zh'), nameTerm(concept, 'en'), ...concept.terms];
    const ownKeys = new Set<string>();
    for (const term of terms) {
      checkLength(term.text, concept.id);
      const caseSensitive = term.lang === 'en' && term.caseSensitive === true;
      const key = normalizeSurface(term.text, caseSensitive);
      const ownKey = `${caseSensitive ? 's' : 'i'}:${key}`;
      if (ownKeys.has(ownKey)) continue; // the same concept listing a form twice is harmless
      const lower = key.toLowerCase();
      const owners = caseSensitive
        ? [sensitiveOwner.get(key), insensitiveOwner.get(lower)]
        : [
            insensitiveOwner.get(key),
            ...[...sensitiveOwner.entries()].filter(([k]) => k.toLowerCase() === key).map(([, v]) => v),
          ];
      for (const other of owners) {
        if (other && other.id !== concept.id) throw clash(term.text, concept.id, other);
      }
      ownKeys.add(ownKey);
      (caseSensitive ? sensitiveOwner : insensitiveOwner).set(key, { id: concept.id, surface: term.text });
      const latin = !HAN.test(term.text);
      entries.push({
        surface: term.text,
        conceptId: concept.id,
        lang: term.lang,
        wordBoundary: latin,
        inflect: term.lang === 'en' && latin && term.inflect === true,
        caseSensitive,
        ...(term.quoted ? { quoted: true } : {}),
      });
    }
  }
  return entries;
}

let lookupTables: { sensitive: Map<string, string>; insensitive: Map<string, string> } | undefined;

/** The concept id a surface form belongs to (exact forms, no inflection), or undefined. */
export function lookupTerm(surface: string): string | undefined {
  if (!lookupTables) {
    const sensitive = new Map<string, string>();
    const insensitive = new Map<string, string>();
    for (const entry of buildTermDictionary()) {
      if (entry.caseSensitive) sensitive.set(normalizeSurface(entry.surface, true), entry.conceptId);
      else insensitive.set(normalizeSurface(entry.surface), entry.conceptId);
    }
    lookupTables = { sensitive, insensitive };
  }
  return (
    lookupTables.sensitive.get(normalizeSurface(surface, true)) ??
    lookupTables.insensitive.get(normalizeSurface(surface))
  );
}
