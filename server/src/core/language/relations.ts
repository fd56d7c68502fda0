/**
 * Relation words ("triggers", "is blocked by", "depends on") as data: `server/language/relations.json`
 * (schema `server/language/schema/relations.schema.json`) lists each relation once, by lemma, particle,
 * voice and direction; the word forms the engine matches ("triggers", "triggered", "triggering") are
 * generated here from the lemma, with the file's table of irregular verbs.
 */
import type { Direction } from '../facts/types';
import builtIn from '../../../language/relations.json';

/** A verb form: the base ("trigger"), third person singular ("triggers"), past tense, past participle, -ing form. */
export type VerbForm = 'base' | '3sg' | 'past' | 'participle' | 'ing';

/** Irregular forms of a verb; a form missing here is made by the regular rules. */
export type IrregularForms = Partial<Record<VerbForm, string | string[]>>;

/** What the engine does with a relation word besides its direction (see claims.ts). */
export type RelationRole = 'sign' | 'when' | 'causal' | 'dependence' | 'requirement';

/** One relation of relations.json: a verb (`lemma`, with `particle`, `voice`, `forms`) or a fixed `phrase`. */
export interface RelationEntry {
  /** The verb's base form ("trigger"); `{a|b}` lists alternatives ("antagoni{s|z}e"). */
  lemma?: string;
  /** A fixed wording with no verb forms ("due to", "{is|are} required for"). */
  phrase?: string;
  /** Words after each verb form ("to" in "leads to", "the edge off" in "takes the edge off"). */
  particle?: string;
  /** Words that may stand between the verb and its particle ("depends strongly on"). */
  adverbs?: string[];
  /** `passive`: the participle followed by "by" ("caused by"), read with the cause after the word. */
  voice?: 'active' | 'passive';
  /** The forms to generate (default: base, 3sg, past and -ing; a passive: the participle). */
  forms?: VerbForm[];
  /** up: the cause raises, starts or drives the effect; down: it blocks, lowers or stops it. */
  direction: Direction;
  /** cause-effect (default; "calcium triggers release"), or effect-cause ("tetany is typical of hypocalcaemia"). */
  order?: 'cause-effect' | 'effect-cause';
  role?: RelationRole;
}

/** A relation file (relations.json, or the `relations` part of a user's fact file). */
export interface RelationFile {
  irregular?: Record<string, IrregularForms>;
  relations: RelationEntry[];
}

/** A word or phrase the engine matches, with what it means. */
export interface RelationWord {
  /** Lower-case text, single spaces ("is caused by" → "caused by"). */
  text: string;
  direction: Direction;
  order: 'cause-effect' | 'effect-cause';
  role?: RelationRole;
}

/** `{a|b} c` → ["a c", "b c"]: every choice of the brace groups (no nesting), in order. */
export function braces(s: string): string[] {
  const m = /\{([^{}]*)\}/.exec(s);
  if (!m) return [s];
  return m[1].split('|').flatMap((choice) => braces(s.slice(0, m.index) + choice + s.slice(m.index + m[0].length)));
}

const VOWEL = /[aeiou]/;
/** A one-syllable verb ending consonant–vowel–consonant doubles its last letter (stop → stopped, plug → plugging). */
function doubles(lemma: string): boolean {
  return /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(lemma) && (lemma.match(/[aeiouy]+/g) ?? []).length === 1;
}

/** The regular form of a verb. */
function regular(lemma: string, form: VerbForm): string {
  switch (form) {
    case 'base':
      return lemma;
    case '3sg':
      if (/(?:s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
      if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
      return `${lemma}s`;
    case 'past':
    case 'participle':
      if (lemma.endsWith('e')) return `${lemma}d`;
      if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
      return doubles(lemma) ? `${lemma}${lemma.at(-1)}ed` : `${lemma}ed`;
    case 'ing':
      if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
      if (lemma.endsWith('e') && !lemma.endsWith('ee') && VOWEL.test(lemma.slice(0, -1))) return `${lemma.slice(0, -1)}ing`;
      return doubles(lemma) ? `${lemma}${lemma.at(-1)}ing` : `${lemma}ing`;
  }
}

/** The forms of a verb: its irregular forms if listed (a participle defaults to the past), else the regular ones. */
export function verbForms(lemma: string, form: VerbForm, irregular: Record<string, IrregularForms> = {}): string[] {
  const own = irregular[lemma];
  const listed = own?.[form] ?? (form === 'participle' ? own?.past : undefined);
  if (listed !== undefined) return Array.isArray(listed) ? listed : [listed];
  return [regular(lemma, form)];
}

/** The words of one relation entry, lower case. */
export function entryWords(entry: RelationEntry, irregular: Record<string, IrregularForms> = {}): string[] {
  const passive = entry.voice === 'passive';
  const tails = braces(entry.particle ?? '').flatMap((p) => {
    const withBy = passive ? [p, 'by'].filter(Boolean).join(' ') : p;
    return [withBy, ...(entry.adverbs ?? []).map((a) => `${a} ${withBy}`)];
  });
  const heads = entry.phrase !== undefined
    ? braces(entry.phrase)
    : braces(entry.lemma ?? '').flatMap((lemma) => (entry.forms ?? (passive ? ['participle'] : ['base', '3sg', 'past', 'ing'])).flatMap((f) => verbForms(lemma, f, irregular)));
  return heads.flatMap((h) => tails.map((t) => (t ? `${h} ${t}` : h).toLowerCase().replace(/\s+/g, ' ').trim()));
}

/** Every relation word of the files, first meaning kept when a word repeats. */
export function relationWords(files: RelationFile[]): RelationWord[] {
  const irregular = Object.assign({}, ...files.map((f) => f.irregular ?? {})) as Record<string, IrregularForms>;
  const out = new Map<string, RelationWord>();
  for (const f of files) {
    for (const e of f.relations) {
      const order = e.order ?? (e.voice === 'passive' ? 'effect-cause' : 'cause-effect');
      for (const text of entryWords(e, irregular)) if (!out.has(text)) out.set(text, { text, direction: e.direction, order, ...(e.role ? { role: e.role } : {}) });
    }
  }
  return [...out.values()];
}

/** The built-in relation file. */
export const BUILT_IN_RELATIONS = builtIn as RelationFile;
