/**
 * Numbers in claims, judged from the fact base: normal ranges ("normal serum magnesium is 2.2–2.6
 * mmol/L"), unit conversions ("1 mmol/L of magnesium = 4 mg/dL") and intake figures ("women need 420 mg
 * of magnesium"). Ranges, molar masses, charges and intakes all come from the data (units.ts).
 */
import type { FactBase } from '../facts/factbase';
import type { FactDef } from '../facts/types';
import { convertConcentration, findQuantities, rangesOf, formatNumber, intakeOf, isConcentrationUnit, judgeLabValue, normaliseUnit, type QuantityMention } from '../facts/units';
import type { Mention, Span } from '../types';
import type { AnalyzedSentence } from '../rules/rule';
import { NEGATION_WORD } from '../language/words';

/** A wrong number: where, why, and the fact that says so. */
export interface QuantityVerdict {
  span: Span;
  message: string;
  fact: FactDef;
}

const NORMAL = /\b(?:normal(?:ly)?|reference (?:range|interval)|healthy|typical(?:ly)?|usual(?:ly)?|sits? (?:around|at|between)|the same number as)\b/i;
const LEVEL_WORDS = /\b(?:hyper|hypo|low|high|elevated|raised|deficien|excess|toxic|above|below|under|over|>|<|≥|≤)/i;
const JOINER = /^(?:=|≈|~|equals?|is|are|corresponds? to|or|\(|,)(?: ?(?:about|roughly|approximately|around|~))?$/i;
const MULTIPLY = /\bfrom\s+(mmol\/L|mg\/dL|mEq\/L)\s+to\s+(mmol\/L|mg\/dL|mEq\/L)\b[^.]{0,20}?\bmultiply\s+by\s+(\d+(?:\.\d+)?)/i;
const UNIT_WORD = /\b(?:mmol\/L|mg\/dL|mEq\/L)(?![\w/])/gi;
const MULTIPLY_WORDS = /^[^.]{0,30}?\b(multiply|divide)(?: (?:it|this|the value|the result|the number))? by (\d+(?:\.\d+)?|two|three|four|five|ten|half)\b/i;

/**
 * A conversion stated in words, as [whole, from unit, to unit, multiply|divide, factor] with `index` at the factor's
 * sentence start: "from mmol/L to mg/dL, multiply by four", "to get mg/dL from … mmol/L, divide by …". Units are found
 * first and pairs checked on short slices, so the search stays linear.
 */
function convertInWords(text: string): (string[] & { index: number }) | null {
  const units = [...text.matchAll(UNIT_WORD)];
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i];
    const b = units[i + 1];
    const gap = text.slice(a.index + a[0].length, b.index);
    if (gap.length > 40) continue;
    const tail = MULTIPLY_WORDS.exec(text.slice(b.index + b[0].length, b.index + b[0].length + 60));
    if (!tail) continue;
    let from = a[0];
    let to = b[0];
    if (/\bfrom\b/i.test(gap) && /\b(?:get|obtain|find|calculate)\s+$/i.test(text.slice(Math.max(0, a.index - 12), a.index))) [from, to] = [b[0], a[0]];
    else if (!/\b(?:in)?to\s+$/i.test(gap)) continue;
    const end = b.index + b[0].length + tail[0].length;
    return Object.assign([text.slice(0, end), from, to, tail[1], tail[2]], { index: 0 });
  }
  return null;
}
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10, half: 0.5 };
/** A conversion factor named as such: "the 4.008 factor", "a factor of 2.43". */
const FACTOR = /\b(\d+\.\d+)(?:[- ]fold)? (?:conversion )?factor\b|\bfactor of (\d+\.\d+)\b/gi;
const INTAKE_SIGNAL = /\b(?:needs?|RDA|recommended (?:dietary |daily )?(?:allowance|intake)|requirements?|should (?:get|take|eat|have))\b/i;
/** Before an amount that is a dose or a bound, not an intake: "high doses of oral magnesium (600 to 6500 mg)", "more than 400 mg". */
const DOSE_BEFORE = /\b(?:(?:high|large|mega|therapeutic|toxic)[- ]?doses?|doses? of|more than|exceed(?:s|ed|ing)?|up to)\b/gi;
/** Is there a dose word in `before` with no sentence or clause end after it? */
function doseBefore(before: string): boolean {
  const last = [...before.matchAll(DOSE_BEFORE)].pop();
  return !!last && !/[;.]/.test(before.slice(last.index + last[0].length));
}
/** After an amount (and up to two words: "of magnesium"), a share of the need, not the need: "120 mg, about a third of what adults need", "80 mg (20 % of the RDA)". */
const SHARE_AFTER = /^(?:\s+of)?(?:\s+[a-z]+){0,2}?(?:\s*[,(–—-])?\s*(?:(?:about|roughly|nearly|almost|around|over|under|just|some|only|or)\s+)*(?:(?:a|one|two|three)\s+(?:third|quarter|fifth|tenth|half)s?|half|\d+(?:\.\d+)?\s*%)\s+of\b/i;
/** "310 mg", "1,300 mg", "400–420 mg": thousands separators are part of the number, never a new one. */
const MG_AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{2,5})(?:\s*[–-]\s*(\d{1,3}(?:,\d{3})+|\d{2,5}))?\s*(?:mg|milligrams)\b/gi;
/** Populations the intake data does not model (the adult RDAs must not be applied to them). */
const OTHER_POPULATION = /\b(?:teen\w*|adolescen\w*|child\w*|kids?|infants?|bab(?:y|ies)|toddlers?|girls?|boys?|lactat\w*|breastfeed\w*)\b/i;
const SEX_AFTER = /^\s*(?:(?:a|per) day\s*|daily\s*|\/\s*day\s*)?(?:for|in)\s+(?:adult\s+)?(?:(women|woman|females?)|(men|man|males?))\b/i;
const SEX_WORD = /\b(?:(women|woman|female|females)|(men|man|male|males))\b/gi;

/** The sex a number applies to: the nearest sex word before it ("women need 310 mg, and men 400 mg"), else the first. */
function sexAt(text: string, at: number): 'female' | 'male' | undefined {
  let found: 'female' | 'male' | undefined;
  let first: 'female' | 'male' | undefined;
  for (const m of text.matchAll(SEX_WORD)) {
    const sex = m[1] ? 'female' : 'male';
    first ??= sex;
    if (m.index < at) found = sex;
  }
  return found ?? first;
}
const UPPER_LIMIT = /\b(?:upper (?:intake )?limit|tolerable upper|\bUL\b)/i;
const FOOD_INCLUDED = /\b(?:food included|includ(?:es|ing) food|everything you eat|from food|all sources|diet included|food and supplements)\b/i;
const NOT_FOOD = /\b(?:not|only|excluding|except|supplemental|supplements? only)\b/i;

function nearestMineral(s: AnalyzedSentence, at: number, facts: FactBase): Mention | undefined {
  const names = s.mentions.filter((m) => !m.condition && facts.mineralById.has(m.mineral));
  const before = names.filter((m) => m.start <= at);
  return before.length ? before[before.length - 1] : names[0];
}

/** Judge the numbers of a sentence; the first wrong one, if any. */
export function judgeQuantities(s: AnalyzedSentence, facts: FactBase): QuantityVerdict | undefined {
  if (!s.mentions.length) return undefined;
  const text = s.text;
  // Every quantity starts with an ASCII digit (units.ts NUM): no digit, no quantity, and no search.
  const quantities = /\d/.test(text) ? findQuantities(text) : [];
  const at = (q: { start: number; end: number }): Span => ({ start: s.start + q.start, end: s.start + q.end });
  return conversion(s, text, quantities, facts, at) ?? normalRange(s, text, quantities, facts, at) ?? conditionValue(s, text, quantities, facts, at) ?? intake(s, text, facts) ?? tableRow(s, facts);
}

const CELL_NUMBER = /^(?:[~≈] ?|about |approx\.? )?(\d+(?:[.,]\d+)?)$/i;
const RANGE_HEADER = /\b(?:normal|reference|range|interval|typical|usual|healthy)\b/i;

/**
 * A table row read with its column headers: a unit table ("Ion | mmol/L | mg/dL | mEq/L" over
 * "Magnesium | 1 | 4.0 | 1") is checked with the mineral's molar mass and charge, a range column
 * ("Normal serum range" over "Magnesium | 2.2–2.6 mmol/L") against the facts' ranges.
 */
function tableRow(s: AnalyzedSentence, facts: FactBase): QuantityVerdict | undefined {
  const cells = s.tableCells;
  const mention = s.mentions.find((m) => !m.condition && !m.level && facts.mineralById.has(m.mineral));
  const mineral = mention && facts.mineralById.get(mention.mineral);
  if (!cells || !mention || !mineral) return undefined;
  const span = { start: mention.start, end: mention.end };
  const fact = conversionFact(facts, mineral.id);
  // Unit columns with plain numbers: convert the first to the others.
  const values: { unit: 'mmol/L'; value: number; text: string }[] = [];
  for (const c of cells) {
    const unit = normaliseUnit(c.header.replace(/^[^\d]*?\b(?=mmol|mg|meq|µmol|umol|mcmol)/i, '').replace(/[()[\]]/g, '').trim());
    const n = CELL_NUMBER.exec(c.text.trim());
    if (unit && isConcentrationUnit(unit) && n) values.push({ unit: unit as 'mmol/L', value: Number(n[1].replace(',', '.')), text: c.text.trim() });
  }
  if (values.length >= 2 && fact && values[0].value > 0) {
    const [base, ...rest] = values;
    for (const v of rest) {
      const expected = convertConcentration(base.value, base.unit, v.unit, mineral);
      if (Math.abs(v.value - expected) <= 0.15 * expected) continue;
      return { span, fact, message: `Wrong conversion: for ${mineral.id}, ${formatNumber(base.value)} ${base.unit} = ${formatNumber(expected)} ${v.unit}, not ${v.text}.` };
    }
  }
  // A normal-range column: the value must lie in the mineral's range for the measure the row names.
  const rowText = cells.map((c) => c.text).join(' ');
  if (LEVEL_WORDS.test(rowText.replace(/\bnormal\w*/gi, ''))) return undefined;
  const measure = /\bioni[sz]ed|\bfree\b/i.test(rowText) ? 'ionised' : /\btotal\b/i.test(rowText) ? 'total' : undefined;
  for (const c of cells) {
    if (!RANGE_HEADER.test(c.header)) continue;
    const headerUnit = findQuantities(`1 ${(/(mmol\/L|mg\/dL|mEq\/L|µmol\/L)/i.exec(c.header) ?? [''])[0]}`)[0]?.unit;
    const q = findQuantities(c.text).find((x) => x.kind === 'concentration') ?? (headerUnit ? findQuantities(`${c.text.trim()} ${headerUnit}`).find((x) => x.kind === 'concentration') : undefined);
    if (!q) continue;
    const lo = judgeLabValue(facts, mineral.id, q.value, q.unit, measure);
    const hi = q.high !== undefined ? judgeLabValue(facts, mineral.id, q.high, q.unit, measure) : lo;
    if (!lo || !hi || lo.borderline || hi.borderline) continue;
    if (!((lo.status === 'high' && hi.status === 'high') || (lo.status === 'low' && hi.status === 'low'))) continue;
    const r = lo.range;
    return { span, fact: lo.fact, message: `Wrong range: normal ${r.measure} ${mineral.id} is about ${formatNumber(r.low)}–${formatNumber(r.high)} ${r.unit}, not ${c.text.trim()}.` };
  }
  return undefined;
}

function conversion(s: AnalyzedSentence, text: string, qs: QuantityMention[], facts: FactBase, at: (q: Span) => Span): QuantityVerdict | undefined {
  const mul = MULTIPLY.exec(text);
  if (mul) {
    const mention = nearestMineral(s, s.start + mul.index, facts);
    const mineral = mention && facts.mineralById.get(mention.mineral);
    const from = mul[1] as 'mmol/L';
    const to = mul[2] as 'mmol/L';
    if (mineral && isConcentrationUnit(from) && isConcentrationUnit(to)) {
      const expected = convertConcentration(1, from, to, mineral);
      const stated = Number(mul[3]);
      if (Math.abs(stated - expected) > 0.1 * expected) {
        const fact = conversionFact(facts, mineral.id);
        const numStart = mul.index + mul[0].length - mul[3].length;
        if (fact) return { span: at({ start: numStart, end: numStart + mul[3].length }), fact, message: `Wrong conversion: for ${mineral.id}, 1 ${from} = ${formatNumber(expected)} ${to}, so multiply by ${formatNumber(expected)}, not ${mul[3]}.` };
      }
    }
  }
  // "To turn a magnesium result in mmol/L into mg/dL, multiply by four."
  const words = convertInWords(text);
  if (words) {
    const mention = nearestMineral(s, s.start + words.index, facts);
    const mineral = mention && facts.mineralById.get(mention.mineral);
    const from = normaliseUnit(words[1]);
    const to = normaliseUnit(words[2]);
    const stated = NUMBER_WORDS[words[4].toLowerCase()] ?? Number(words[4]);
    if (mineral && from && to && isConcentrationUnit(from) && isConcentrationUnit(to) && from !== to && stated > 0) {
      const factor = convertConcentration(1, from, to, mineral);
      const expected = /^divide/i.test(words[3]) ? 1 / factor : factor;
      const fact = conversionFact(facts, mineral.id);
      const numStart = words.index + words[0].length - words[4].length;
      if (fact && Math.abs(stated - expected) > 0.1 * expected)
        return { span: at({ start: numStart, end: numStart + words[4].length }), fact, message: `Wrong conversion: for ${mineral.id}, 1 ${from} = ${formatNumber(factor)} ${to}, so ${words[3].toLowerCase()} by ${formatNumber(expected)}, not ${words[4]}.` };
    }
  }
  // "… share the 4.008 factor": another mineral's conversion factor given to this one.
  for (const f of text.matchAll(FACTOR)) {
    const raw = f[1] ?? f[2];
    const stated = Number(raw);
    const mention = nearestMineral(s, s.start + f.index, facts);
    const mineral = mention && facts.mineralById.get(mention.mineral);
    if (!mineral || !(stated > 0)) continue;
    const own = [convertConcentration(1, 'mmol/L', 'mg/dL', mineral), convertConcentration(1, 'mmol/L', 'mEq/L', mineral)];
    if (own.some((x) => Math.abs(stated - x) <= 0.1 * x)) continue;
    const other = facts.minerals.find((m) => m.id !== mineral.id && Math.abs(stated - convertConcentration(1, 'mmol/L', 'mg/dL', m)) <= 0.02 * convertConcentration(1, 'mmol/L', 'mg/dL', m));
    const fact = conversionFact(facts, mineral.id);
    if (!other || !fact) continue;
    const numStart = f.index + f[0].indexOf(raw);
    return { span: at({ start: numStart, end: numStart + raw.length }), fact, message: `Wrong conversion: ${raw} is the ${other.id} factor; for ${mineral.id}, 1 mmol/L = ${formatNumber(own[0])} mg/dL.` };
  }
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (a.kind !== 'concentration' || b.kind !== 'concentration' || a.unit === b.unit) continue;
    const between = text.slice(a.end, b.start);
    const mention = nearestMineral(s, s.start + b.start, facts);
    const mineral = mention && facts.mineralById.get(mention.mineral);
    // "1 mmol/L of magnesium = 4 mg/dL": the mineral may sit between the two values.
    const joiner = between.replace(/\s+/g, ' ').replace(/\bof (?:[a-z]+ )?(?:calcium|magnesium|Ca|Mg)[²⁺+]*/i, ' ').replace(/\s+/g, ' ').trim();
    if (!mineral || !JOINER.test(joiner)) continue;
    if (!isConcentrationUnit(a.unit) || !isConcentrationUnit(b.unit)) continue;
    const expected = convertConcentration(a.value, a.unit, b.unit, mineral);
    if (Math.abs(b.value - expected) <= 0.15 * expected) continue;
    const fact = conversionFact(facts, mineral.id);
    if (!fact) continue;
    return { span: at(b), fact, message: `Wrong conversion: for ${mineral.id}, ${a.text} = ${formatNumber(expected)} ${b.unit}, not ${b.text}.` };
  }
  return undefined;
}

/** The fact holding a mineral's ranges (conversions are checked against its molar mass, cited with its ranges). */
function conversionFact(facts: FactBase, mineral: string): FactDef | undefined {
  return facts.facts.find((f) => (f.ranges ?? []).some((r) => r.mineral === mineral));
}

function normalRange(s: AnalyzedSentence, text: string, qs: QuantityMention[], facts: FactBase, at: (q: Span) => Span): QuantityVerdict | undefined {
  if (!NORMAL.test(text)) return undefined;
  for (const q of qs) {
    if (q.kind !== 'concentration') continue;
    // The value, the "normal" and the mineral must share a clause: "1.2 mmol/L only fits an ionised calcium,
    // because a normal total calcium is 2.2–2.6 mmol/L" does not call 1.2 a normal total calcium.
    const [cStart, cEnd] = clauseAround(text, q.start);
    const normal = NORMAL.exec(text.slice(cStart, cEnd));
    if (!normal) continue;
    const mention = nearestMineral(s, s.start + q.start, facts);
    if (!mention || mention.level) continue;
    if (mention.start - s.start < cStart || mention.end - s.start > cEnd) continue;
    // "In hypocalcaemia the ionised calcium is usually 0.9 mmol/L": typical of the condition, not the normal range.
    const condition = s.mentions.some((m) => m.mineral === mention.mineral && m.level && m.start - s.start >= cStart && m.end - s.start <= cEnd);
    if (condition && !/^(?:normal|reference)/i.test(normal[0])) continue;
    // The measure words sit before the mineral, which may follow the value ("1.2 mmol/L of ionised calcium").
    const local = text.slice(Math.max(0, Math.min(mention.start - s.start, q.start) - 20), Math.max(q.start, mention.end - s.start));
    if (LEVEL_WORDS.test(local.replace(/\bnormal\w*/gi, ''))) continue;
    const measure = /\bioni[sz]ed|\bfree\b/i.test(local) ? 'ionised' : /\btotal\b/i.test(local) ? 'total' : undefined;
    const lo = judgeLabValue(facts, mention.mineral, q.value, q.unit, measure);
    const hi = q.high !== undefined ? judgeLabValue(facts, mention.mineral, q.high, q.unit, measure) : lo;
    if (!lo || !hi || lo.borderline || hi.borderline) continue;
    const outside = (lo.status === 'high' && hi.status === 'high') || (lo.status === 'low' && hi.status === 'low');
    if (!outside) continue;
    const r = lo.range;
    return { span: at(q), fact: lo.fact, message: `Wrong range: normal ${r.measure} ${mention.mineral} is about ${formatNumber(r.low)}–${formatNumber(r.high)} ${r.unit}, not ${q.text}.` };
  }
  return undefined;
}

/** Before a value: a bound, a change or a goal ("below 1.1", "rises to 1.4", "until it reaches 2.2"), not the level the condition has. */
const NOT_A_STATED_LEVEL = /(?:\b(?:above|below|over|under|less|more|greater|lower|higher|exceed\w*|at least|at most|up to|to|from|until|till|reach\w*|target\w*|goal|aim\w*|restor\w*|rais\w*|correct\w*|keep\w*|maintain\w*|bring\w*|between|than|normal\w*|within)|[<>≤≥]|[-–])\s*(?:about |around |roughly |approximately |~ ?)?$/i;

/**
 * A value given for a condition that lies on the other side of the normal range: "in hypocalcaemia the ionised calcium
 * is 1.8–2.2 mmol/L" (above the ionised range). Only where the sentence names one level of the mineral, the value is
 * stated as the level itself (no bound, change or goal before it), not denied, and the measure is unambiguous (named,
 * or the mineral has ranges for one measure only).
 */
function conditionValue(s: AnalyzedSentence, text: string, qs: QuantityMention[], facts: FactBase, at: (q: Span) => Span): QuantityVerdict | undefined {
  for (const q of qs) {
    if (q.kind !== 'concentration') continue;
    const mention = nearestMineral(s, s.start + q.start, facts);
    if (!mention || mention.level) continue;
    const levels = new Set(s.mentions.filter((m) => m.mineral === mention.mineral && m.level).map((m) => m.level));
    if (levels.size !== 1) continue;
    const level = [...levels][0];
    const [cStart, cEnd] = clauseAround(text, q.start);
    const clause = text.slice(cStart, cEnd);
    NEGATION_WORD.lastIndex = 0;
    const denied = NEGATION_WORD.test(clause);
    NEGATION_WORD.lastIndex = 0;
    if (denied || NOT_A_STATED_LEVEL.test(text.slice(Math.max(0, q.start - 24), q.start))) continue;
    if (mention.start - s.start < cStart || mention.end - s.start > q.start) continue;
    const local = text.slice(Math.max(0, mention.start - s.start - 20), q.start);
    const named = /\bioni[sz]ed|\bfree\b/i.test(local) ? 'ionised' : /\btotal\b/i.test(local) ? 'total' : undefined;
    const measures = new Set(rangesOf(facts, mention.mineral).map((r) => r.range.measure));
    if (!named && measures.size !== 1) continue;
    const lo = judgeLabValue(facts, mention.mineral, q.value, q.unit, named);
    const hi = q.high !== undefined ? judgeLabValue(facts, mention.mineral, q.high, q.unit, named) : lo;
    if (!lo || !hi || lo.borderline || hi.borderline) continue;
    const opposite = level === 'low' ? 'high' : 'low';
    if (lo.status !== opposite || hi.status !== opposite) continue;
    const r = lo.range;
    const side = level === 'low' ? 'above' : 'below';
    return {
      span: at(q),
      fact: lo.fact,
      message: `Wrong value: ${q.text} is ${side} the normal ${r.measure} ${mention.mineral} range (about ${formatNumber(r.low)}–${formatNumber(r.high)} ${r.unit}), so it cannot be a ${level} level.`,
    };
  }
  return undefined;
}

/** Clause breaks inside a sentence: semicolons and conjunctions that start a clause of their own. */
const CLAUSE_BREAK = /;|\s[—–]\s|,\s(?:because|since|whereas|while|but|although|though|so|as)\b|\s(?:because|whereas|since)\s/gi;

/** The clause of a sentence around an offset: [start, end). */
function clauseAround(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** Does a negation stand at most two words before the end of `lead` ("nobody needs", "you don't really need")? */
function deniedBefore(lead: string): boolean {
  for (const m of lead.matchAll(NEGATION_WORD)) {
    if (lead.slice(m.index + m[0].length).trim().split(/\s+/).filter(Boolean).length <= 2) return true;
  }
  return false;
}

function intake(s: AnalyzedSentence, text: string, facts: FactBase): QuantityVerdict | undefined {
  const upper = UPPER_LIMIT.test(text);
  if (upper) {
    if (!FOOD_INCLUDED.test(text) || NOT_FOOD.test(text)) return undefined;
    for (const m of s.mentions) {
      const ul = intakeOf(facts, m.mineral, 'ul').find((x) => (x.intake as { scope?: string }).scope === 'supplemental');
      if (ul) {
        const f = FOOD_INCLUDED.exec(text)!;
        return { span: { start: s.start + f.index, end: s.start + f.index + f[0].length }, fact: ul.fact, message: `Wrong scope: the ${m.mineral} upper limit of ${ul.intake.value} ${ul.intake.unit} applies to supplements and medicines only, not to food.` };
      }
    }
    return undefined;
  }
  const signal = INTAKE_SIGNAL.exec(text);
  if (!signal || OTHER_POPULATION.test(text) || deniedBefore(text.slice(Math.max(0, signal.index - 40), signal.index))) return undefined;
  for (const m of text.matchAll(MG_AMOUNT)) {
    if (doseBefore(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    if (SHARE_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const mention = nearestMineral(s, s.start + m.index, facts) ?? s.mentions[0];
    if (!mention || !facts.mineralById.has(mention.mineral)) continue;
    let rda = intakeOf(facts, mention.mineral, 'rda').filter((x) => !(x.intake as { state?: string }).state || /pregnan/i.test(text));
    // "420 mg daily for men": a sex named right after the amount is the one it is for.
    const after = SEX_AFTER.exec(text.slice(m.index + m[0].length));
    const sex = after ? (after[1] ? 'female' : 'male') : sexAt(text, m.index);
    if (sex) rda = rda.filter((x) => !(x.intake as { sex?: string }).sex || (x.intake as { sex?: string }).sex === sex);
    if (!rda.length) continue;
    const values = rda.map((x) => x.intake.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const stated = [m[1], ...(m[2] ? [m[2]] : [])].map((x) => Number(x.replace(/,/g, '')));
    // A figure must be one of the RDAs (within 5 %), not merely lie between them: "the RDA is 350 mg" names no
    // adult's RDA (310, 320, 400, 420 mg) — it is the supplement upper limit. A range may also span the RDAs.
    const near = (v: number): boolean => values.some((x) => Math.abs(v - x) <= 0.05 * x);
    const spans = stated.length === 2 && stated[0] <= min * 1.05 && stated[1] >= max * 0.95 && stated[1] <= max * 1.3;
    if (stated.some(near) || spans) continue;
    const who = sex === 'female' ? 'women' : sex === 'male' ? 'men' : 'adults';
    return {
      span: { start: s.start + m.index, end: s.start + m.index + m[0].length },
      fact: rda[0].fact,
      message: `Wrong intake: the ${mention.mineral} RDA for ${who} is ${min === max ? min : `${min}–${max}`} mg/day, not ${m[0]}.`,
    };
  }
  return undefined;
}
