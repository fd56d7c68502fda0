/**
 * What an editor would not ask a citation for, and what shows that a line states something at all.
 * Grammar and genre only (definitions, food lists, captions, sales talk, fragments without a verb);
 * nothing here knows physiology. Used by claims.ts to decide whether a sentence is a checkable claim.
 */

/** A condition named and glossed: "Hypocalcaemia is the medical term for low blood calcium", "Hypomagnesaemia simply means low magnesium". */
const DEFINITION_VERB = /^(?:\([^()]{1,40}\) )?(?:simply |just |literally |basically )?(?:means|is|refers to|describes|stands for|is defined as)\b/i;
const DEFINITION_GLOSS = /^(?:(?:the )?(?:(?:medical|clinical|technical|scientific|proper|official|fancy|formal) )?(?:term|name|word|jargon) for )?(?:an? |having |that (?:you|your|the) |(?:your|the) )?(?:(?:blood|serum|body) )?(?:(?:abnormally|too|unusually|very|a lot of|not enough) )?(?:low|high|little|much|deficient|excess|excessive|elevated|raised|reduced|decreased|increased|a shortage|a deficiency|an excess|a lack|lack|shortage|deficiency|levels?|magnesium|calcium)\b/i;
const HYP = /hyp(?:o|er)/i;
/** A condition named and glossed: "Hypocalcaemia is the medical term for low blood calcium", "Hypomagnesaemia simply means low magnesium". */
function isDefinition(t: string): boolean {
  // One of the first words must start with "hypo" or "hyper" (below): no "hyp…" in the line, no definition.
  if (!HYP.test(t)) return false;
  const words = t.replace(/^[^\p{L}\p{N}]+/u, '').split(/\s+/);
  const i = words.slice(0, 3).findIndex((w) => /^(?:hypo|hyper)\p{L}/iu.test(w));
  if (i < 0) return false;
  const rest = words.slice(i + 1).join(' ');
  const verb = DEFINITION_VERB.exec(rest);
  if (!verb) return false;
  const gloss = rest.slice(verb[0].length).trim();
  return DEFINITION_GLOSS.test(gloss) && !/[,;:\d]/.test(gloss);
}
/** "The symbol for magnesium is Mg", "Mg is the chemical symbol of magnesium": naming, not physiology. */
/** Instructions: a base verb opening the sentence (after an optional label or "just"), or after "If …,". */
const INSTRUCTION =
  /^[^\p{L}\p{N}]*(?:\p{L}+\s?:\s?)?(?:(?:just|simply|always|never|please|first|then|also|so|now|and)\s+)?(?:explain|describe|list|outline|define|identify|name|summari[sz]e|draw|label|revise|recall|learn|find|get|call|contact|consult|speak|book|visit|tell|google|search|look\s+up|pair|spread|sprinkle|blend|soak|rinse|chop|bake|roast|toss|season|simmer|boil|whisk|fold|garnish|drizzle|enjoy|swap|include|opt|go\s+for|reach\s+for|aim\s+for|be\s+sure|make\s+sure|don['’]t\s+forget|try\s+to|stick\s+to|cut\s+back|talk\s+to|work\s+with|speak\s+to|check\s+with|ask\s+your)\b(?!\s+(?:of|is|are|was|were)\b)/iu;
const IF_INSTRUCTION = /^\W*(?:if|when|before|after|while)\b[^,]{0,120},\s*(?:just\s+|simply\s+|always\s+|then\s+)?(?:get|ask|see|talk|speak|call|contact|consult|try|eat|drink|avoid|stop|book|visit|tell|keep|go|make|take|add|check|use|choose|pick|cut|swap|skip|drop|switch|consider|have)\b/i;
const NAMING = /\b(?:(?:chemical|element|atomic)\s+)?(?:symbol|abbreviation|atomic\s+number)\s+(?:for|of)\b|\bis\s+(?:short|shorthand)\s+for\b|\bstands\s+for\b|\bis\s+(?:the\s+)?(?:chemical\s+)?symbol\b|\bis\s+pronounced\b|\bthe\s+word\s+["“']?\w+["”']?\s+comes\s+from\b/i;
/** Food lists and food content: "Good sources of magnesium include …", "Dairy and tofu are rich in calcium". */
const FOOD = [
  /\bsources?\sof\s(?:[a-z]+\s)?(?:calcium|magnesium)\b/i,
  /\b(?:rich|high|packed|loaded|abundant)\s(?:in|with)\s(?:[a-z]+\s)?(?:calcium|magnesium)\b/i,
  /\b(?:calcium|magnesium)[- ](?:rich|packed|fortified|dense)\s(?:foods?|snacks?|meals?|options?|choices?|recipes?|ingredients?|breakfast|lunch|dinner|diet)\b/i,
  /\bfoods?\s(?:such\sas|like|including|that\s(?:contain|provide|supply|are\s(?:rich|high)))\b/i,
  /\b(?:contains?|provides?|supplies|delivers?|gives\syou|has|have|offers?)\s(?:about\s|around\s|roughly\s|nearly\s|over\s|up\sto\s|almost\s|some\s)?\d{1,5}(?:[.,]\d{1,3})?\s?(?:mg|milligrams|%|percent)(?![a-z])/i,
];
/** Sales talk and fluff: superlatives about a product, enthusiasm, endorsements. */
const FLUFF =
  /\b(?:hands\s+down|on\s+the\s+market|(?:our|the)\s+(?:very\s+)?best\s+(?:magnesium|calcium|supplements?|forms?|products?|brands?|choice|option|value|buy|pick)|top[- ]rated|best[- ]in[- ]class|premium[- ]quality|highest[- ]quality|game[- ]changer|must[- ]have|life[- ]chang\w+|you['’]ll\s+love|we\s+love|unsung\s+hero|superstar|powerhouse|miracle\s+(?:mineral|supplement|cure)|wonder\s+(?:mineral|supplement)|frankly|honestly|personally|in\s+my\s+(?:humble\s+)?(?:opinion|view|experience)|imh?o|can['’]t\s+recommend|highly\s+recommend|a\s+must\b|so\s+important|really\s+important|super\s+important|crucial\s+to\s+get\s+enough|key\s+takeaway|bottom\s+line|tl;?dr)\b/i;
/** Captions, credits, product labels and navigation. */
const CAPTION =
  /^\W*(?:fig(?:ure)?\.?\s*\d+\w?|figure|table\s*\d+\w?|table|image|photo|picture|illustration|caption|credit|photo\s+credit|source\s+image|chart|graph|diagram|video|listen|watch|ingredients|serving\s+size|supplement\s+facts|nutrition\s+facts|directions|dosage|suggested\s+use|warnings?|storage|allergens?|other\s+ingredients|price|sku|posted\s+by|written\s+by|reviewed\s+by|updated|published|last\s+updated|tags?|category|categories|filed\s+under|share|related|further\s+reading|read\s+more|see\s+also|up\s+next|edit|update|ps|p\.s|disclaimer|true\s+or\s+false|t\s?\/\s?f|myth\s+or\s+fact|fact\s+or\s+(?:myth|fiction)|spoiler|learning\s+objectives?|objectives?|homework|exercise|task|quiz|clinical\s+pearl|exam\s+tip|tip|pro\s+tip|recipe|method|serves|makes|prep\s+time|cook\s+time|yield|breakfast|lunch|dinner|snack|dessert|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|day\s+\d+|step\s+\d+)\s*[:.|—–-]/i;
/** Supplement forms and where they are sold: "Glycinate, citrate and oxide are the common forms on the shelf". */
const PRODUCT = /\b(?:on\s+the\s+shelf|on\s+shelves|in\s+(?:most\s+)?(?:stores|pharmacies|supermarkets)|at\s+the\s+(?:pharmacy|chemist|drugstore)|over[- ]the[- ]counter|(?:common|popular|available|different|many)\s+forms\b|comes?\s+in\s+(?:capsules?|tablets?|powders?|gumm\w+|liquid|pills?)|per\s+(?:capsule|tablet|serving|scoop|bottle)|(?:capsules?|tablets?)\s+per\s+(?:day|bottle))/i;
/** A title with a gloss after a colon: "Magnesium and sleep: what you need to know". */
const TITLE_GLOSS = /:\s*(?:what|why|how|when|everything|all\s+you|a\s+(?:short\s+|quick\s+|beginner['’]s\s+)?(?:guide|primer|review|look|overview)|the\s+(?:basics|facts|truth|science|evidence|lowdown|complete\s+guide)|myths?|facts?|explained|an?\s+overview|introduction|faqs?|part\s+\d)\b/i;
const META_WE = /\b(?:in\s+this\s+(?:guide|review|blog|newsletter|podcast|course|lesson|lecture|module|series|list|infographic|book|ebook|report|handout|explainer|piece|post|article|video|episode|section|chapter|page|thread|q&a|faq)\b|we(?:['’]ll|\s+will|\s+are\s+going\s+to|\s+want\s+to|\s+need\s+to)?\s+(?:break\s+down|look\s+at|cover|explain|explore|walk\s+(?:you\s+)?through|dig\s+into|dive\s+into|unpack|review|summari[sz]e|outline|go\s+over|talk\s+about|answer|share|show\s+you|tell\s+you|focus\s+on|turn\s+to|move\s+on|come\s+back|consider|compare|examine))\b/i;
/** Greetings, thanks and comment-thread talk. */
// Two patterns, one tested after the other: the same answer as their alternation, without trying the anchored one at every position.
const SOCIAL = [
  /^[^\p{L}\p{N}]*(?:thanks|thank\s+you|cheers|hi|hello|hey|welcome|congrats|congratulations|great\s+question|good\s+question|lol|update|edit)\b/iu,
  /\b(?:in\s+the\s+comments|comment\s+below|let\s+me\s+know|dm\s+me|follow\s+(?:me|us))\b/iu,
];
const META = /\b(?:(?:is|are)\s+(?:listed|linked|summari[sz]ed|shown|given|described|covered|discussed|explained|compared)\s+(?:below|above|later|next|here|in\s+(?:the\s+)?(?:table|figure|box|appendix|next\s+(?:section|chapter|post))))\b|\bfurther\s+reading\b|\bread\s+on\b|\bkeep\s+reading\b|\bstay\s+tuned\b|\bmore\s+on\s+(?:this|that)\s+(?:later|below|soon)\b|\b(?:in|for)\s+(?:the\s+)?(?:next|previous|last|following)\s+(?:section|chapter|post|article|episode|part|lecture|lesson)\b/i;
/** A quoted question inside a line ("a reader asks: "does calcium keep you awake?""). */
const QUESTION_TAIL = /^["”’»)\]]{0,3} ?(?:[-—–] ?\w{1,30}(?: \w{1,30})?)?[.!]?$/;
/** A line that ends in a quoted question, possibly with an attribution after it. */
function endsInQuestion(t: string): boolean {
  const q = t.lastIndexOf('?');
  return q >= 0 && t.length - q < 60 && QUESTION_TAIL.test(t.slice(q + 1).trim());
}

/** The reason a sentence is not a claim an editor would want cited, if it is one of those genres. */
export function nonClaimGenre(t: string): string | undefined {
  if (endsInQuestion(t)) return 'question';
  if (CAPTION.test(t)) return 'caption';
  if (META.test(t) || META_WE.test(t) || SOCIAL.some((re) => re.test(t))) return 'meta';
  if (INSTRUCTION.test(t) || IF_INSTRUCTION.test(t)) return 'instruction';
  if (FLUFF.test(t)) return 'fluff';
  if (isDefinition(t) || NAMING.test(t)) return 'definition';
  if (FOOD.some((re) => re.test(t))) return 'food';
  if (PRODUCT.test(t)) return 'product';
  if (!/[.!?;…]["'”’)\]]*$/.test(t) && TITLE_GLOSS.test(t)) return 'title';
  return undefined;
}

/** Words that are never a finite verb of the clause. */
const FUNCTION_WORD = new Set(
  'the a an and or but nor of in on at by for to from with without into onto over under between among across through via per as than that this these those its their his her our your my is are was were be been being has have had its it they them there here which who whom whose what when where while because since so such also only just very much more most less least each every any some all both either neither other another same own no not its'.split(' '),
);
/** Suffixes of nouns and adjectives that end in "s" or "ed" and are never a finite verb here. */
const NOT_VERB = /(?:ss|us|is|ous|ics|ness|sis|itis|ions|ments|ances|ences|ities|ists|cytes|blasts|als|ants|ors|days|ways|years|times|ms)$/i;
/** Plural nouns that follow a mineral name as a compound ("calcium pills", "magnesium tables"). */
const COMPOUND_NOUN = /^(?:tables|charts|pills|tablets|capsules|chews|salts|sources|foods|products|brands|needs|requirements|intakes|values|results|tests|labs|readings|sensors|pumps|blockers|signals|sparks|waves|currents|transients|spikes|flows|fluxes|gradients|baths|drips|infusions|injections|doses|dosages|levels|forms|types|kinds|facts|myths|questions|answers|tips|notes|guides|basics|effects|benefits|roles|jobs|functions|deficits|shortages|sites|binds|bonds|atoms|compounds|waters|drinks|shots|sprays|oils|flakes|creams|lotions|soaks|rules|ranges|units|limits)$/;
/** An adverb between a subject and its verb ("Hypercalcaemia often brings …"). */
const ADVERB = /^(?:\p{L}+ly|often|also|usually|typically|frequently|rarely|always|never|sometimes|still|only|mainly|mostly|largely|then|in\s+turn|even|really|actually|generally|normally|already|soon|quickly|slowly)$/iu;

/**
 * Does the sentence have a finite verb right after its subject? Looks at the word after each given
 * subject end (a mineral mention, possibly followed by "ions", "levels", "depletion" …), past an adverb:
 * "Mg depletion prolongs …", "Magnesium takes part …", "Calcium ions stabilise …", "The body stores about …".
 */
export function verbAfterSubject(t: string, subjectEnds: number[]): boolean {
  for (const end of subjectEnds) {
    const rest = t.slice(end).replace(/^[²⁺+\d()]*/, '');
    const m = /^\s+(?:(?:ions?|levels?|concentrations?|deficiency|depletion|intake|status|stores?|content|excess|loss|influx|entry|toxicity|supplementation|supplements?|homeostasis|balance|signalling|signaling|channels?|uptake|absorption|excretion)\s+)?((?:[\p{L}-]+\s+)?)([\p{L}-]+)\b(\s+\S+)?/iu.exec(rest);
    if (!m) continue;
    let adverb = m[1].trim();
    let word = m[2];
    if (adverb && !ADVERB.test(adverb)) {
      // No adverb: the first word is the candidate.
      word = adverb;
      adverb = '';
    }
    const w = word.toLowerCase();
    if (FUNCTION_WORD.has(w) || w.length < 3) continue;
    // A plural head takes the base form: "Calcium ions stabilise the membrane", "Magnesium stores fall in …".
    const plural = /^\s+(?:ions|levels|concentrations|stores|channels|supplements)\s/i.test(rest);
    if (plural && !adverb && /^[a-z]+$/.test(w) && !/(?:ly|ing)$/.test(w) && /^\s+(?:the|a|an|its|their|this|these|most|many|all|in|into|during|when|after|before|by|with)\b/i.test(m[3] ?? '')) return true;
    // "magnesium tables", "calcium pills": a plural noun after the mineral, not a verb (unless an adverb came first).
    if (/^[a-z]+(?:s|es)$/.test(w) && !NOT_VERB.test(w) && (adverb || !COMPOUND_NOUN.test(w))) return true;
    if (/^[a-z]+ed$/.test(w) && !/^(?:need|feed|seed|bleed|speed|breed|red|bed|shed)$/.test(w) && !NOT_VERB.test(w)) return true;
  }
  return false;
}

/** "The body stores about …", "depletion prolongs the …": a word in -s or -ed right before a determiner or an amount. */
const VERB_BEFORE_DETERMINER = /\b(?<![-'’])([a-z]{3,}(?:s|ed))\s+(?:the|a|an|its|their|this|these|roughly|nearly|almost|half|most|up|about\s+\d+|around\s+\d+|over\s+\d+|\d+)(?![\p{L}\p{N}])/gu;
/** Auxiliaries and modals, also negated. */
const AUXILIARY = /\b(?:should|cannot|can['’]t|won['’]t|doesn['’]t|don['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t)\b/i;

/** The last word of a text (letters and charge marks), lower-cased. */
function lastWord(t: string): string | undefined {
  let end = t.length;
  while (end > 0 && /\s/.test(t[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\p{L}²⁺+]/u.test(t[start - 1])) start--;
  return start < end ? t.slice(start, end).toLowerCase() : undefined;
}

/** A finite verb anywhere (heuristic): after a subject, or before a determiner or an amount. */
export function hasFiniteVerb(t: string, subjectEnds: number[]): boolean {
  if (AUXILIARY.test(t) || verbAfterSubject(t, subjectEnds)) return true;
  for (const m of t.matchAll(VERB_BEFORE_DETERMINER)) {
    const w = m[1].toLowerCase();
    if (FUNCTION_WORD.has(w) || NOT_VERB.test(w)) continue;
    // The previous word must be able to end a subject (not a determiner or preposition).
    const prev = lastWord(t.slice(0, m.index));
    if (!prev || (FUNCTION_WORD.has(prev) && !['it', 'they', 'this', 'that', 'these', 'which', 'who'].includes(prev))) continue;
    return true;
  }
  return false;
}
