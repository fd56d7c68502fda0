/**
 * Types of the fact base. The data itself lives in `server/facts/*.json` and is validated
 * against `server/facts/schema/facts.schema.json`; nothing here is physiology, only shape.
 */

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
 * (NMDA receptor), a property (excitability) or a sign (tetany).
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
}

/** "agent does action to target": calcium (entry) → up → transmitter release. */
export interface RoleDef {
  /** Mineral id of the agent. */
  agent: string;
  /** up = triggers / increases / activates / is required for; down = blocks / inhibits / reduces. */
  action: Direction;
  /** Target id. */
  target: string;
  /** Mineral id that plays the opposite role on this target (e.g. magnesium for calcium's trigger of release). */
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

/** A reference range for a lab value. */
export interface RangeDef {
  mineral: string;
  /** What is measured, e.g. "serum total", "serum ionised", "serum". */
  measure: string;
  low: number;
  high: number;
  /** Unit of low/high: "mmol/L", "mg/dL", "mEq/L", "mg/day", "µmol/L". */
  unit: string;
}

/** An intake figure (RDA, AI, UL). */
export interface IntakeDef {
  mineral: string;
  kind: 'rda' | 'ai' | 'ul';
  /** Who it applies to, in words: "men 19–30", "adults, supplemental only". */
  population: string;
  value: number;
  unit: string;
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
  /** Common wrong versions of the fact, as writers phrase them. */
  wrong?: string[];
  /** A corrected wording an editor might suggest. */
  suggestion?: string;
}

/** A CSL-JSON item, with the fields the tool uses. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { family?: string; given?: string; literal?: string }[];
  'container-title'?: string;
  publisher?: string;
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
  references?: CslItem[];
}
