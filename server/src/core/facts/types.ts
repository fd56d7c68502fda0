/**
 * Types of the fact base. The data itself lives in `server/facts/*.json` and is validated
 * against `server/facts/schema/facts.schema.json`; nothing here is physiology, only shape.
 *
 * Id namespaces: minerals, targets, facts and references each have their own. A role's `agent`
 * and `antagonist` are mineral ids, or target ids for agents that are not minerals (hormones such
 * as "pth", "calcitonin", "vitamin-d"; states such as "alkalosis"), so mineral and target ids must
 * not clash.
 */
import type { IrregularForms, RelationEntry } from '../language/relations';

/** Direction of an effect or of an action on a target. */
export type Direction = 'up' | 'down';

/** Level of a mineral in a condition: low (hypo-, deficiency) or high (hyper-, excess, elevated). */
export type Level = 'low' | 'high';

/** A mineral (or other ion) the checker knows about. */
export interface MineralDef {
  /** Stable id, e.g. "calcium". */
  id: string;
  /** Element symbol, e.g. "Ca"; ion notations (Ca²⁺, Ca2+, Ca++, Ca(2+)) are derived from it and `charge`. */
  symbol: string;
  /** Lower-case names, e.g. ["calcium"]. */
  names: string[];
  /** Molar mass in g/mol, used for unit conversion. */
  molarMass: number;
  /** Ionic charge (2 for Ca²⁺ and Mg²⁺), used for mEq/L. */
  charge: number;
  /** Single words naming a low or high state of this mineral, e.g. low: ["hypocalcaemia", "hypocalcemia"]. */
  conditions: { low: string[]; high: string[] };
}

/**
 * Something a mineral acts on or a condition changes: a process (transmitter release), a receptor
 * (NMDA receptor), a property (excitability) or a sign (tetany). A target can also be the agent of
 * a role when it is not a mineral: a hormone ("PTH raises blood calcium") or a state ("alkalosis
 * lowers ionised calcium"); see {@link RoleDef.agent}.
 */
export interface TargetDef {
  /** Stable id, e.g. "transmitter-release". */
  id: string;
  /** Human label, e.g. "neurotransmitter release". */
  label: string;
  /** Lower-case phrases that name this target in prose. */
  terms: string[];
  /**
   * A sign or symptom implies a direction of a more general target: tetany implies excitability "up",
   * hyporeflexia implies excitability "down". Lets rules compare "causes tetany" with "increases excitability".
   */
  implies?: { target: string; direction: Direction };
  /** An observed sign with no direction of its own (peaked T waves): a label or list of a condition's signs names it as an effect. */
  sign?: boolean;
  /**
   * What a mineral bound to this target does to it: "up" where binding is activation (the trigger site
   * of troponin C, synaptotagmin, ATP forming its active complex), so "Mg²⁺ docks on the regulatory site",
   * "the calcium–ATP complex" and "a magnesium sensor such as synaptotagmin" state a role outright;
   * "down" where an ion lodged in it blocks it (a channel pore), so "calcium lodged in the pore" and
   * "depolarisation drives calcium out of the pore" state a block. Absent: binding states no direction.
   */
  bound?: Direction;
  /** Whether a term may take a plural -s/-es in prose (default true); false where the plural reads as a verb ("magnesium blocks …"). */
  plural?: boolean;
}

/** "agent does action to target": calcium (entry) → up → transmitter release. */
export interface RoleDef {
  /**
   * Who acts: a mineral id, or a target id when the agent is not a mineral (a hormone such as "pth",
   * "calcitonin", "vitamin-d", or a state such as "alkalosis"). A sentence whose subject is a target
   * mention ("PTH lowers blood calcium") is judged against roles whose agent is that target's id.
   */
  agent: string;
  /**
   * The agent is needed for the target without driving it (magnesium for contraction, as Mg-ATP): the role
   * is judged only for a requirement wording ("is needed for"), and no other claim is compared with it.
   */
  requirement?: true;
  /** up = triggers / increases / activates / is required for; down = blocks / inhibits / reduces. */
  action: Direction;
  /** Target id. */
  target: string;
  /**
   * Mineral or target id that writers confuse with the agent here, i.e. that plays the opposite role
   * on this target (magnesium for calcium's trigger of release; calcium for magnesium's NMDA block).
   * A sentence giving the agent's action to the antagonist is a reversed role.
   */
  antagonist?: string;
}

/** "condition changes target": low calcium → excitability up. */
export interface EffectDef {
  /** Mineral id. */
  mineral: string;
  /** low or high level of the mineral. */
  level: Level;
  /** Target id. */
  target: string;
  /** Direction the target moves. */
  direction: Direction;
}

/** A condition a treatment is for: a target (torsade de pointes) or a mineral at a level (high magnesium). */
export type ConditionRef = { target: string } | { mineral: string; level: Level };

/**
 * "agent treats condition": IV calcium treats hypermagnesaemia, magnesium treats torsade de pointes,
 * potassium alone does not correct the hypokalaemia of magnesium depletion. A sentence that gives the
 * `confusedWith` agent for the condition is a reversed role; one that says to avoid an effective agent,
 * or that an ineffective one works, contradicts the fact.
 */
export interface TreatmentDef {
  /** What is treated. */
  condition: ConditionRef;
  /** The condition is meant in this setting only (the sentence or the one before must name it): hypocalcaemia in magnesium depletion. */
  setting?: ConditionRef;
  /** Mineral id, or a target id for a non-mineral agent ("potassium"). */
  agent: string;
  /** Does the agent correct the condition? */
  effective: boolean;
  /** The statement is about the agent given alone ("calcium alone does not correct it"): only "alone" claims are judged. */
  alone?: boolean;
  /** Mineral or target id that writers give instead of the agent (calcium for torsade). */
  confusedWith?: string;
}

/** Two measures writers take for one ("total calcium equals ionised calcium"): each is a list of lower-case terms. */
export interface DistinctDef {
  first: string[];
  second: string[];
}

/**
 * A lab measure and what it does or does not tell about something else: serum magnesium (`measure`) is a
 * poor guide (`reliable: false`) to body stores (`of`). "A normal serum magnesium rules out deficiency"
 * and "serum magnesium reliably reflects body stores" contradict `reliable: false`.
 */
export interface IndicatorDef {
  measure: string[];
  of: string[];
  reliable: boolean;
}

/** The share of a condition's causes: `main` explain most cases, `minor` explain few ("most hypercalcaemia is from dairy" is wrong). */
export interface CausesDef {
  condition: ConditionRef;
  main: string[];
  minor: string[];
}

/**
 * How steeply a target depends on a mineral: the target grows with about the `order`-th power of the
 * mineral's concentration, i.e. about `order` ions act together (transmitter release and extracellular
 * calcium: about 4). A sentence saying the dependence is linear or proportional, that doubling the
 * mineral doubles the target, or that a single ion suffices, contradicts it.
 */
export interface CooperativityDef {
  /** Mineral id. */
  mineral: string;
  /** Target id. */
  target: string;
  /** Approximate exponent of the log–log relation (number of cooperating ions). */
  order: number;
}

/** A reference range for a lab value. */
export interface RangeDef {
  mineral: string;
  /**
   * What is measured: "serum total", "serum ionised" or "serum". The first range of a mineral in the
   * fact base is its default measure (total serum calcium; serum magnesium).
   */
  measure: string;
  low: number;
  high: number;
  /** Unit of low/high: "mmol/L", "mg/dL", "mEq/L", "µmol/L", "mg/L". */
  unit: string;
  /** Where the figures come from (a reference id of the fact), when the fact cites several. */
  reference?: string;
  /** E.g. "ranges vary by laboratory". */
  note?: string;
}

/** An intake figure (RDA, AI, UL). */
export interface IntakeDef {
  mineral: string;
  kind: 'rda' | 'ai' | 'ul';
  /** Who it applies to, in words: "men 19–30", "adults, supplemental only". */
  population: string;
  value: number;
  /** "mg/day". */
  unit: string;
  /** Sex the figure applies to; absent = both. */
  sex?: 'male' | 'female';
  /** Age range in years (inclusive); absent = any adult age. */
  ageMin?: number;
  ageMax?: number;
  /** Applies in pregnancy (true) or lactation. */
  state?: 'pregnancy' | 'lactation';
  /** What the figure counts: all sources (default) or supplements and medicines only (the Mg UL). */
  scope?: 'total' | 'supplemental';
}

/**
 * A ranking: the known places of ions in a measure ("abundance of cations inside cells": potassium 1,
 * magnesium 2). A sentence that puts a mineral in another place, or in a place another ion holds, is
 * wrong; places not listed are not judged.
 */
export interface RankingDef {
  /** What is ranked. */
  quantity: 'abundance';
  /** The class of things ranked ("cation"); a sentence about another class ("mineral", "divalent cation") is not judged. */
  among: 'cation';
  /** Where: inside cells, outside cells (plasma, extracellular fluid), or the whole body. */
  compartment: 'intracellular' | 'extracellular' | 'body';
  /** Known places: a mineral id or another ion's lower-case name, and its rank (1 = most). */
  places: { ion: string; rank: number }[];
}

/**
 * A claim that is fine hedged or plain but wrong when stated as certain, for a fact whose science is
 * mixed (F33): "magnesium reliably prevents cramps" (`certain`: the mineral's action on the signs
 * stated as guaranteed) or "cramps mean you are magnesium deficient" (`proves`: the signs taken as
 * proof of a level).
 */
export interface OverclaimDef {
  mineral: string;
  /** Lower-case words for the signs the claim is about ("cramps", "leg cramps"). */
  terms: string[];
  /** The action that may not be stated as certain (down = prevents, cures, stops). */
  certain?: Direction;
  /** The level of the mineral the signs do not prove. */
  proves?: Level;
}

/** A sign of some conditions that writers give to others: a sentence giving `sign` to a condition of `notOf` contradicts the fact. */
export interface SignDef {
  /** Target id of the sign. */
  sign: string;
  /** The conditions it belongs to. */
  of: ConditionRef[];
  /** The conditions writers wrongly give it to. */
  notOf: ConditionRef[];
}

/** One atomic, referenced physiology fact. */
export interface FactDef {
  /** Stable id, e.g. "F01" or "ca-triggers-release". */
  id: string;
  /** Short title. */
  title: string;
  /** Mineral ids this fact is about. */
  minerals: string[];
  /** Lower-case trigger terms that make the fact relevant (for hovers). */
  terms: string[];
  /** One sentence, in our own words. */
  statement: string;
  /** Short hover explanation (Markdown allowed), in our own words. */
  explanation: string;
  /** Ids of references (CSL-JSON items) supporting the fact; all must be verified. */
  references: string[];
  /** True where the science is mixed: rules never call it contradicted; hovers say so. */
  mixed?: boolean;
  roles?: RoleDef[];
  effects?: EffectDef[];
  ranges?: RangeDef[];
  intake?: IntakeDef[];
  treatments?: TreatmentDef[];
  distinct?: DistinctDef[];
  indicators?: IndicatorDef[];
  causes?: CausesDef[];
  cooperativity?: CooperativityDef[];
  /**
   * What an agent leaves unchanged at the doses the fact is about: magnesium blocks neuromuscular transmission
   * without stopping nerve conduction. A sentence saying the agent (as such, not a level of it) raises or
   * lowers the target contradicts the fact.
   */
  spares?: { agent: string; target: string }[];
  /** What powers a pump (SERCA: ATP), and what writers say powers it instead (the calcium gradient). */
  poweredBy?: { pump: string[]; by: string[]; notBy: string[] }[];
  /** Signs that belong to one condition and that writers give to another (peaked T waves: high potassium, not calcium). */
  signs?: SignDef[];
  rankings?: RankingDef[];
  overclaims?: OverclaimDef[];
  /** Common wrong versions of the fact, as writers phrase them. */
  wrong?: string[];
  /** A corrected wording an editor might suggest. */
  suggestion?: string;
  /** Topic the fact is listed under when the fact base is browsed ("Treatments and antidotes"); absent: "Other". */
  topic?: string;
  /** Id of the source fact in the shared claims list this one is taken or split from (e.g. "F14"). */
  basedOn?: string;
  /** Notes for reviewers: limits of the evidence, what the references do and do not show. */
  notes?: string[];
}

/** A CSL-JSON item, with the fields the tool uses. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { family?: string; given?: string; suffix?: string; literal?: string }[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  issued?: { 'date-parts': (number | string)[][] };
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  /** Only verified references may be inserted or shown as citations. */
  verified?: boolean;
  verified_by?: string[];
  [key: string]: unknown;
}

/** A fact file as stored on disk. */
export interface FactFile {
  $schema?: string;
  minerals?: MineralDef[];
  targets?: TargetDef[];
  facts?: FactDef[];
  /** References that may be cited and inserted (unless an item says `verified: false`). */
  references?: CslItem[];
  /**
   * References an article may cite and the checker should recognise, but whose details could not be
   * confirmed: never inserted, never offered as a fix, never used as a fact's support.
   */
  unverifiedReferences?: CslItem[];
  /** Relation words to read in addition to the built-in ones (server/language/relations.json has the same shape). */
  relations?: RelationEntry[];
  /** Irregular forms of the verbs of `relations`. */
  irregular?: Record<string, IrregularForms>;
}
