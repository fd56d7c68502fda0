/**
 * Lab values and intakes with units: finding them in prose ("0.5 mmol/L", "2.1 mg/dL",
 * "1.7 mEq/L", "800 µmol/L", "350 mg/day"), converting between units with each mineral's molar
 * mass and charge from the fact base, and judging a value against the reference ranges of the facts.
 */
import type { FactBase } from './factbase';
import type { FactDef, IntakeDef, MineralDef, RangeDef } from './types';

/** Concentration units the checker understands. */
export type ConcentrationUnit = 'mmol/L' | 'µmol/L' | 'mg/dL' | 'mg/L' | 'mEq/L';
/** Intake units the checker understands. */
export type IntakeUnit = 'mg/day' | 'g/day' | 'µg/day';
/** Any unit the checker understands. */
export type Unit = ConcentrationUnit | IntakeUnit;

/** All concentration units, in the order conversions are listed. */
export const CONCENTRATION_UNITS: readonly ConcentrationUnit[] = ['mmol/L', 'mg/dL', 'mEq/L', 'µmol/L', 'mg/L'];

/** A value with a unit found in text. Offsets are UTF-16 offsets into the text searched. */
export interface QuantityMention {
  start: number;
  end: number;
  /** The matched text, e.g. "0.7–1.0 mmol/L". */
  text: string;
  /** The value, or the low end of a range ("0.7–1.0"). */
  value: number;
  /** The high end of a range, when the text gives one. */
  high?: number;
  unit: Unit;
  kind: 'concentration' | 'intake';
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const SPACE = String.raw`[\s\u00a0\u202f]*`;
const RANGE_SEP = String.raw`${SPACE}(?:[-–—‒]|to|and)${SPACE}`;
const PER_DAY = String.raw`(?:${SPACE}\/${SPACE}(?:day|d)\b|\s+(?:per|a|each|every)\s+day\b|\s+daily\b)`;
const UNIT_PATTERNS: { unit: Unit; re: string; flags?: 'cs' }[] = [
  { unit: 'µmol/L', re: String.raw`(?:µ|μ|u|micro)mol${SPACE}(?:\/${SPACE}|per\s+)l(?:itre|iter)?\b` },
  { unit: 'µmol/L', re: String.raw`(?:µ|μ)M\b`, flags: 'cs' },
  { unit: 'mmol/L', re: String.raw`mmol${SPACE}(?:\/${SPACE}|per\s+)l(?:itre|iter)?\b` },
  { unit: 'mmol/L', re: String.raw`mM\b`, flags: 'cs' },
  { unit: 'mEq/L', re: String.raw`meq${SPACE}(?:\/${SPACE}|per\s+)l(?:itre|iter)?\b` },
  { unit: 'mg/dL', re: String.raw`mg${SPACE}(?:\/${SPACE}|per\s+)(?:dl|decilitre|deciliter|100${SPACE}ml)\b` },
  { unit: 'mg/dL', re: String.raw`mg${SPACE}%` },
  { unit: 'mg/L', re: String.raw`mg${SPACE}(?:\/${SPACE}|per\s+)l(?:itre|iter)?\b` },
  { unit: 'µg/day', re: String.raw`(?:µg|μg|mcg|micrograms?)${PER_DAY}` },
  { unit: 'mg/day', re: String.raw`(?:mg|milligrams?)${PER_DAY}` },
  { unit: 'g/day', re: String.raw`(?:g|grams?)${PER_DAY}` },
];

function compile(): RegExp {
  // Case-insensitive units become [xX] classes so that one regex (without the i flag) keeps mM ≠ mm.
  const alts = UNIT_PATTERNS.map((p) => `(${p.flags === 'cs' ? p.re : caseless(p.re)})`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${NUM})(?:(${RANGE_SEP})(${NUM}))?${SPACE}(?:${alts.join('|')})`, 'gu');
}

function caseless(re: string): string {
  let out = '';
  let escaped = false;
  let inClass = false;
  for (const ch of re) {
    if (escaped) {
      out += ch;
      escaped = false;
    } else if (ch === '\\') {
      out += ch;
      escaped = true;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      inClass = false;
      out += ch;
    } else if (/[a-z]/i.test(ch) && !inClass) out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    else if (/[a-z]/i.test(ch) && inClass) out += ch.toLowerCase() + ch.toUpperCase();
    else out += ch;
  }
  return out;
}

let quantityRe: RegExp | undefined;

/** Parse "0,5" or "0.5" (decimal) and "1,000" (thousands). */
function parseNumber(s: string): number {
  if (/^\d{1,3},\d{3}$/.test(s)) return Number(s.replace(',', ''));
  return Number(s.replace(',', '.'));
}

/** Find values with units in text: single values and ranges ("2.2–2.6 mmol/L"). */
export function findQuantities(text: string): QuantityMention[] {
  quantityRe ??= compile();
  const out: QuantityMention[] = [];
  for (const m of text.matchAll(quantityRe)) {
    const unitIndex = m.slice(4).findIndex((g) => g !== undefined);
    if (unitIndex < 0) continue;
    const unit = UNIT_PATTERNS[unitIndex].unit;
    const value = parseNumber(m[1]);
    const high = m[3] !== undefined ? parseNumber(m[3]) : undefined;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value,
      ...(high !== undefined ? { high } : {}),
      unit,
      kind: unit.endsWith('/day') ? 'intake' : 'concentration',
    });
  }
  return out;
}

/** The canonical form of a unit written by hand ("mg/dl", "mmol/l", "meq/L", "umol/L", "mg/d"), or undefined. */
export function normaliseUnit(raw: string): Unit | undefined {
  const q = findQuantities(`1 ${raw.trim()}`);
  return q.length === 1 && q[0].end === raw.trim().length + 2 ? q[0].unit : undefined;
}

/** mmol/L per one unit of `unit`, for a mineral. */
function mmolPerLitre(unit: ConcentrationUnit, m: MineralDef): number {
  switch (unit) {
    case 'mmol/L':
      return 1;
    case 'µmol/L':
      return 1e-3;
    case 'mEq/L':
      return 1 / m.charge;
    case 'mg/dL':
      return 10 / m.molarMass;
    case 'mg/L':
      return 1 / m.molarMass;
  }
}

/** Convert a concentration between units using the mineral's molar mass and charge. */
export function convertConcentration(value: number, from: ConcentrationUnit, to: ConcentrationUnit, mineral: MineralDef): number {
  return (value * mmolPerLitre(from, mineral)) / mmolPerLitre(to, mineral);
}

/** Convert an intake to mg/day. */
export function toMgPerDay(value: number, unit: IntakeUnit): number {
  return unit === 'g/day' ? value * 1000 : unit === 'µg/day' ? value / 1000 : value;
}

/** Is this a concentration unit? */
export function isConcentrationUnit(unit: string): unit is ConcentrationUnit {
  return (CONCENTRATION_UNITS as readonly string[]).includes(unit);
}

/** A value in one unit. */
export interface UnitValue {
  value: number;
  unit: ConcentrationUnit;
}

/** The value in every concentration unit (the given one first), rounded for display. */
export function conversions(value: number, unit: ConcentrationUnit, mineral: MineralDef): UnitValue[] {
  const units = [unit, ...CONCENTRATION_UNITS.filter((u) => u !== unit)];
  return units.map((u) => ({ unit: u, value: round(convertConcentration(value, unit, u, mineral)) }));
}

/** "0.5 mmol/L = 1.22 mg/dL = 1 mEq/L = 500 µmol/L = 12.2 mg/L" for hovers. */
export function formatConversions(list: UnitValue[]): string {
  return list.map((c) => `${formatNumber(c.value)} ${c.unit}`).join(' = ');
}

/** Round to 4 significant digits (whole numbers stay whole), without trailing zeros. */
export function round(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(v))));
  return Number(v.toFixed(Math.min(digits, 6)));
}

/** A number for display: rounded as {@link round}, no exponent. */
export function formatNumber(v: number): string {
  return String(round(v));
}

/** The verdict on a lab value. */
export interface LabJudgement {
  status: 'low' | 'inRange' | 'high';
  /** The range compared with (in its own unit). */
  range: RangeDef;
  /** The fact the range belongs to (for its references). */
  fact: FactDef;
  /** The value in the range's unit. */
  value: number;
  /** Within 5% of a limit, on either side: lab ranges differ this much, so rules should not call it an error. */
  borderline: boolean;
  /** The value in every concentration unit. */
  conversions: UnitValue[];
}

const MEASURE_ALIASES: Record<string, string> = {
  total: 'serum total',
  'total calcium': 'serum total',
  ionised: 'serum ionised',
  ionized: 'serum ionised',
  'serum ionized': 'serum ionised',
  free: 'serum ionised',
  plasma: 'serum',
  blood: 'serum',
};

/** Reference ranges of a mineral in the fact base, with the fact each comes from. */
export function rangesOf(base: FactBase, mineral: string): { range: RangeDef; fact: FactDef }[] {
  const out: { range: RangeDef; fact: FactDef }[] = [];
  for (const fact of base.facts) for (const range of fact.ranges ?? []) if (range.mineral === mineral) out.push({ range, fact });
  return out;
}

/**
 * Judge a lab value against the fact base's reference ranges: low, in range or high, with the range
 * used and the value in every unit. `measure` picks e.g. "serum ionised" (aliases: "ionised",
 * "total", "plasma"); without it the mineral's first range's measure is used. A range in the value's
 * own unit is preferred; otherwise the value is converted. Undefined when the mineral or unit is
 * unknown or no range exists.
 */
export function judgeLabValue(base: FactBase, mineral: string, value: number, unit: string, measure?: string): LabJudgement | undefined {
  const m = base.mineralById.get(mineral);
  const u = isConcentrationUnit(unit) ? unit : normaliseUnit(unit);
  if (!m || !u || !isConcentrationUnit(u)) return undefined;
  const all = rangesOf(base, mineral).filter((r) => isConcentrationUnit(r.range.unit));
  if (!all.length) return undefined;
  const wanted = measure ? (MEASURE_ALIASES[measure.toLowerCase()] ?? measure.toLowerCase()) : all[0].range.measure;
  let candidates = all.filter((r) => r.range.measure.toLowerCase() === wanted);
  if (!candidates.length && measure && !MEASURE_ALIASES[measure.toLowerCase()]) candidates = all.filter((r) => r.range.measure === all[0].range.measure);
  if (!candidates.length) return undefined;
  const chosen = candidates.find((r) => r.range.unit === u) ?? candidates.find((r) => r.range.unit === 'mmol/L') ?? candidates[0];
  const rangeUnit = chosen.range.unit as ConcentrationUnit;
  const v = convertConcentration(value, u, rangeUnit, m);
  const { low, high } = chosen.range;
  const status = v < low ? 'low' : v > high ? 'high' : 'inRange';
  const borderline = Math.abs(v - low) <= 0.05 * low || Math.abs(v - high) <= 0.05 * high;
  return { status, range: chosen.range, fact: chosen.fact, value: round(v), borderline, conversions: conversions(value, u, m) };
}

/** Intake figures (RDA, AI, UL) of a mineral, with the fact each comes from. */
export function intakeOf(base: FactBase, mineral: string, kind?: IntakeDef['kind']): { intake: IntakeDef; fact: FactDef }[] {
  const out: { intake: IntakeDef; fact: FactDef }[] = [];
  for (const fact of base.facts) for (const intake of fact.intake ?? []) if (intake.mineral === mineral && (!kind || intake.kind === kind)) out.push({ intake, fact });
  return out;
}
