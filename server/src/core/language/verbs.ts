/**
 * Verbs in the word data written by lemma, not form by form: `{ "lemmas": ["raise", "lower"], "forms": ["base", "3sg"] }`
 * stands for "raise, raises, lower, lowers". The forms are made by the spelling rules of relations.ts (stop → stopped,
 * imply → implies) and the `irregular` table of `server/language/relations.json`, the one table of irregular English
 * verbs for every word file (add "think": { "past": "thought" } there, not a form to a list).
 */
import { BUILT_IN_RELATIONS, verbForms, type VerbForm } from './relations';

/** Verbs by lemma, with the forms to generate (default: base, 3sg, past and -ing) and words after each form. */
export interface VerbGroup {
  lemmas: string[];
  forms?: VerbForm[];
  /** Words after every form ("to" in "points to"). */
  particle?: string;
}

/** The forms a group generates by default. */
export const DEFAULT_VERB_FORMS: VerbForm[] = ['base', '3sg', 'past', 'ing'];

/** The words of verb groups, in order (group by group, lemma by lemma, form by form), each once. */
export function verbWords(groups: readonly VerbGroup[]): string[] {
  const out = new Set<string>();
  for (const g of groups) {
    for (const lemma of g.lemmas) {
      for (const form of g.forms ?? DEFAULT_VERB_FORMS) {
        for (const w of verbForms(lemma, form, BUILT_IN_RELATIONS.irregular)) out.add(g.particle ? `${w} ${g.particle}` : w);
      }
    }
  }
  return [...out];
}
