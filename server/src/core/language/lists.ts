/**
 * The word knowledge of citation and genre detection, as data: `server/language/citations.json` (vague phrases,
 * reporting verbs, generic sources, well-known sites) and `server/language/genres.json` (what is not a claim:
 * captions, questions, instructions, definitions, social and sales text …). Each file has a JSON Schema in
 * `server/language/schema/` (checked by test/unit/language-words.test.ts); the types below are its shape. Lists marked
 * "templates" hold phrase templates (phrases.ts); the others plain strings. Verbs may be listed by lemma (verbs.ts).
 */
import citationsFile from '../../../language/citations.json';
import genresFile from '../../../language/genres.json';
import { verbWords, type VerbGroup } from './verbs';

/** A phrase template (see phrases.ts). */
type Template = string;

/** A common-knowledge phrase: before, core and after are joined by white space; a match always holds the core. */
export interface CommonKnowledgePhrase {
  before?: Template;
  core: Template;
  after?: Template;
}

/** server/language/citations.json. */
export interface CitationWords {
  /** Phrases that only gesture at evidence ("studies show"); the default of the `vaguePhrases` setting. Plain text. */
  vaguePhrases: string[];
  evidence: {
    /** Before a count of studies: "over 50 studies". Templates. */
    countPrefixes: Template[];
    /** Words before a generic source noun: "numerous", "a growing body of". Templates. */
    adjectives: Template[];
    /** Generic sources: "studies", "researchers", "the literature". Templates. */
    sourceNouns: Template[];
    /**
     * Reporting verbs by lemma, with the forms to match (language/verbs.ts makes them: { "lemmas": ["show"], "forms":
     * ["base", "3sg", "participle", "past"] } is "show, shows, shown, showed"), or a fixed phrase ("have long known").
     * `REPORTING_VERB_FORMS` lists the words. Templates.
     */
    reportingVerbs: (Template | VerbGroup)[];
    /** Auxiliaries and adverbs between a source and its verb: "have", "consistently". Templates. */
    reportingAdverbs: Template[];
    /** Words that make a source specific: "these studies", "the researchers". Templates. */
    specifyingDeterminers: Template[];
    /** Source nouns that such a word makes specific. Templates. */
    countableSources: Template[];
    /** "studies [conducted] in rats": participles and prepositions of a short qualifier. Templates. */
    qualifierParticiples: Template[];
    qualifierPrepositions: Template[];
    /** "according to", "backed by", "as shown in". Templates. */
    accordingLeads: Template[];
    /** "in animal studies", "from clinical trials": a lead and a plural study noun. Templates. */
    inLeads: Template[];
    studyPlurals: Template[];
    /** "according to the latest research". Templates. */
    currentAdjectives: Template[];
    /** One study, named without saying which: "a study", "one trial". Templates. */
    studyNouns: Template[];
    indefiniteSourceLeads: Template[];
    indefiniteArticles: Template[];
    indefiniteStudyArticles: Template[];
    /** Words between a study and its verb: "a study published in … found". Templates. */
    studyConnectors: Template[];
  };
  /** Appeals to common knowledge: "it is well known", "clinically proven". Templates. */
  commonKnowledge: {
    itIs: Template[];
    itIsAdverbs: Template[];
    itIsParticiples: Template[];
    itIsNotBefore: Template[];
    phrases: CommonKnowledgePhrase[];
  };
  sites: {
    /** Sites and agencies named as a source without a link: "according to the NIH". Case-sensitive plain text. */
    vagueSources: string[];
    /** Capitalised words that make a name an organisation: "the National Institute of …". Plain text. */
    institutionWords: string[];
    /** Endings of a site's name written as text: "Drugs.com". Plain text. */
    domainEndings: string[];
    /** Search engines named as a source. Plain text. */
    searchEngineNames: string[];
    /** "according to WebMD", "(source: NHS)", "Mayo Clinic says". Templates. */
    sourceLeads: Template[];
    sourceVerbs: Template[];
    sourceLabels: Template[];
    sourcePointers: Template[];
    /** Addresses: host names, path segments and query parameters (plain text, lower case). */
    searchHosts: string[];
    searchPathSegments: string[];
    searchParams: string[];
    journalHostWords: string[];
    journalLandingPages: string[];
    generalHosts: string[];
    generalBrands: string[];
    shopPathSegments: string[];
    /** Link text that names a source rather than a term ("study", "here"). Templates. */
    sourceLinkWords: Template[];
  };
}

/** server/language/genres.json: the words of each genre of text that is not a claim. Templates, except where noted. */
export interface Genres {
  /** Captions, credits, labels and navigation: "Figure 2:", "Serving size:". Line-initial labels before a colon or dash. */
  caption: { labels: Template[] };
  /** Meta text and social talk: "in this guide", "listed below", "let me know"; `openers` open a line ("thanks"). */
  meta: { phrases: Template[]; openers: Template[] };
  /** Instructions: an opening base verb, after optional `softeners`; or "if …, <conditional verb>". */
  instruction: {
    softeners: Template[];
    verbs: Template[];
    notBefore: Template[];
    conditions: Template[];
    conditionalSofteners: Template[];
    conditionalVerbs: Template[];
    /** Anywhere in a line: "should be closely monitored". */
    phrases: Template[];
  };
  /** Advice to the reader: "it is wise to", "you can boost your …". */
  advice: { phrases: Template[] };
  /** Sales talk and enthusiasm. */
  fluff: { phrases: Template[] };
  /** A condition glossed ("Hypocalcaemia means low blood calcium") and naming ("the symbol for magnesium"). */
  definition: {
    hedges: Template[];
    verbs: Template[];
    termFor: Template[];
    glossOpeners: Template[];
    glossCompartments: Template[];
    glossDegrees: Template[];
    glossHeads: Template[];
    naming: Template[];
  };
  /** Food lists and food content. */
  food: { phrases: Template[]; contentVerbs: Template[]; approximators: Template[]; contentUnits: Template[] };
  /** Supplement forms and where they are sold. */
  product: { phrases: Template[] };
  /** A title's gloss after a colon: "…: what you need to know". */
  title: { glosses: Template[] };
  /**
   * The cues claims.ts reads to tell a claim from other text (compiled by cues.ts). Plain text, not templates: a space
   * matches one space, `{a|b}` lists alternatives.
   */
  claimCues: {
    imperative: { softeners: string[]; verbs: string[] };
    conditionalInstruction: { conditions: string[]; verbs: string[] };
    /** Case-sensitive, as listed; `openers` and `possessiveOpeners` open a line with either case of their first letter. */
    firstPerson: {
      pronouns: string[];
      openers: string[];
      possessiveOpeners: string[];
      possessiveNotBefore: string[];
      notAfterOpener: string[];
      weVerbs: string[];
      quoteVerbs: string[];
    };
    /** `ourNotBefore`: "our" is sales talk except before these ("our body"; a space matches any white space). */
    marketing: { ourNotBefore: string[]; phrases: string[] };
    /** `numbered`: before a number ("table 2"). */
    meta: { phrases: string[]; numbered: string[] };
    /** `treatments` (verbs by lemma) after "was/were", before a time word or at the end; `countNouns` after "3 of 12". */
    caseData: { phrases: string[]; treatments: VerbGroup[]; treatmentTimes: string[]; countNouns: string[] };
    /** "<noun> were (<adverb>) <verb>": "values were then pooled". */
    methods: { nouns: string[]; adverbs: string[]; verbs: string[] };
    opinion: string[];
    /** Opening a line; a slash may have a space either side. */
    quiz: string[];
    /** `stems`: with any ending ("debunk": debunked, debunking). */
    reported: { phrases: string[]; stems: string[] };
    rangeWords: string[];
    claimSignals: { words: string[]; verbs: VerbGroup[] };
    reasons: string[];
  };
}

/** The built-in citation words. */
export const CITATION_WORDS = citationsFile as CitationWords;
/** The reporting verbs of citations.json, every form (phrase templates), in the order listed. */
export const REPORTING_VERB_FORMS: Template[] = CITATION_WORDS.evidence.reportingVerbs.flatMap((v) => (typeof v === 'string' ? [v] : verbWords([v])));
/** The built-in genre words. */
export const GENRE_WORDS = genresFile as Genres;
