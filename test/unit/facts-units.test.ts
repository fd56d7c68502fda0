import { strict as assert } from 'node:assert';
import { builtInFactBase } from '../../server/src/core/facts/factbase';
import { convertConcentration, conversions, findQuantities, formatConversions, intakeOf, judgeLabValue, normaliseUnit, toMgPerDay } from '../../server/src/core/facts/units';

const base = builtInFactBase();
const Ca = base.mineralById.get('calcium')!;
const Mg = base.mineralById.get('magnesium')!;
const close = (a: number, b: number, eps = 0.005) => assert.ok(Math.abs(a - b) <= eps, `${a} ≈ ${b}`);

describe('units: finding lab values and intakes in text', () => {
  it('finds values, ranges and the units of claims.md, and ignores lengths', () => {
    const q = findQuantities(
      'Serum magnesium of 0.5 mmol/L (1.2 mg/dL, 1.0 mEq/L), or 800 µmol/L; 350 mg/day; 1 mM; total 2.2–2.6 mmol/L; between 0.7 and 1.0 mmol/l; 1,000 mg a day; a 10 mm cut; 8.5-10.5 mg/dl; 2 g daily; 1.7 meq/L',
    );
    assert.deepEqual(
      q.map((x) => [x.text, x.value, x.high, x.unit, x.kind]),
      [
        ['0.5 mmol/L', 0.5, undefined, 'mmol/L', 'concentration'],
        ['1.2 mg/dL', 1.2, undefined, 'mg/dL', 'concentration'],
        ['1.0 mEq/L', 1, undefined, 'mEq/L', 'concentration'],
        ['800 µmol/L', 800, undefined, 'µmol/L', 'concentration'],
        ['350 mg/day', 350, undefined, 'mg/day', 'intake'],
        ['1 mM', 1, undefined, 'mmol/L', 'concentration'],
        ['2.2–2.6 mmol/L', 2.2, 2.6, 'mmol/L', 'concentration'],
        ['0.7 and 1.0 mmol/l', 0.7, 1, 'mmol/L', 'concentration'],
        ['1,000 mg a day', 1000, undefined, 'mg/day', 'intake'],
        ['8.5-10.5 mg/dl', 8.5, 10.5, 'mg/dL', 'concentration'],
        ['2 g daily', 2, undefined, 'g/day', 'intake'],
        ['1.7 meq/L', 1.7, undefined, 'mEq/L', 'concentration'],
      ],
    );
    const t = 'Mg 0.8 mmol/L';
    const [m] = findQuantities(t);
    assert.equal(t.slice(m.start, m.end), '0.8 mmol/L');
  });

  it('normalises hand-written units', () => {
    assert.equal(normaliseUnit('mg/dl'), 'mg/dL');
    assert.equal(normaliseUnit('mmol/l'), 'mmol/L');
    assert.equal(normaliseUnit('meq/L'), 'mEq/L');
    assert.equal(normaliseUnit('umol/L'), 'µmol/L');
    assert.equal(normaliseUnit('mg/d'), 'mg/day');
    assert.equal(normaliseUnit('furlongs'), undefined);
    assert.equal(toMgPerDay(2, 'g/day'), 2000);
  });
});

describe('units: conversion with molar mass and charge', () => {
  it('calcium: 1 mmol/L = 4.008 mg/dL = 2 mEq/L; 10.4 mg/dL = 2.60 mmol/L; 5.2 mg/dL = 1.30 mmol/L (MSD)', () => {
    close(convertConcentration(1, 'mmol/L', 'mg/dL', Ca), 4.008, 0.0005);
    assert.equal(convertConcentration(1, 'mmol/L', 'mEq/L', Ca), 2);
    close(convertConcentration(10.4, 'mg/dL', 'mmol/L', Ca), 2.6, 0.01); // MSD gives 2 decimals
    close(convertConcentration(5.2, 'mg/dL', 'mmol/L', Ca), 1.3, 0.01);
    assert.equal(formatConversions(conversions(1, 'mmol/L', Ca)), '1 mmol/L = 4.008 mg/dL = 2 mEq/L = 1000 µmol/L = 40.08 mg/L');
  });

  it('magnesium: 1 mmol/L = 2.43 mg/dL = 2 mEq/L; 0.5 mmol/L = 1.0 mEq/L = 1.2 mg/dL (Agus 1999)', () => {
    close(convertConcentration(1, 'mmol/L', 'mg/dL', Mg), 2.43, 0.001);
    assert.equal(convertConcentration(1, 'mmol/L', 'mEq/L', Mg), 2);
    assert.equal(convertConcentration(0.5, 'mmol/L', 'mEq/L', Mg), 1);
    close(convertConcentration(0.5, 'mmol/L', 'mg/dL', Mg), 1.2, 0.02);
    assert.equal(convertConcentration(800, 'µmol/L', 'mmol/L', Mg), 0.8);
  });
});

describe('units: judging lab values against the facts', () => {
  it('serum magnesium of 5 mmol/L is clearly high; 2.1 mg/dL, 1.7 mEq/L and 800 µmol/L are within range', () => {
    const five = judgeLabValue(base, 'magnesium', 5, 'mmol/L')!;
    assert.equal(five.status, 'high');
    assert.equal(five.borderline, false);
    assert.equal(five.fact.id, 'F23');
    assert.deepEqual(five.conversions.slice(0, 3), [
      { unit: 'mmol/L', value: 5 },
      { unit: 'mg/dL', value: 12.15 },
      { unit: 'mEq/L', value: 10 },
    ]);
    assert.equal(judgeLabValue(base, 'magnesium', 2.1, 'mg/dL')?.status, 'inRange');
    assert.equal(judgeLabValue(base, 'magnesium', 1.7, 'mEq/L')?.status, 'inRange');
    assert.equal(judgeLabValue(base, 'magnesium', 800, 'µmol/L')?.status, 'inRange');
    assert.equal(judgeLabValue(base, 'magnesium', 0.4, 'mmol/L')?.status, 'low');
  });

  it('calcium: total by default, ionised on request; lab-to-lab edges are borderline', () => {
    assert.equal(judgeLabValue(base, 'calcium', 2.4, 'mmol/L')?.status, 'inRange');
    assert.equal(judgeLabValue(base, 'calcium', 9.5, 'mg/dL')?.status, 'inRange');
    assert.equal(judgeLabValue(base, 'calcium', 2.1, 'mg/dL')?.status, 'low');
    assert.equal(judgeLabValue(base, 'calcium', 1.2, 'mmol/L')?.status, 'low', 'an ionised value is low as a total');
    const ionised = judgeLabValue(base, 'calcium', 1.2, 'mmol/L', 'ionised')!;
    assert.equal(ionised.status, 'inRange');
    assert.equal(ionised.fact.id, 'F37');
    const edge = judgeLabValue(base, 'calcium', 10.6, 'mg/dL')!;
    assert.equal(edge.status, 'high');
    assert.equal(edge.borderline, true);
    assert.equal(judgeLabValue(base, 'calcium', 14, 'mg/dL')?.borderline, false);
    assert.equal(judgeLabValue(base, 'calcium', 1, 'furlongs'), undefined);
    assert.equal(judgeLabValue(base, 'zinc', 1, 'mmol/L'), undefined);
  });

  it('intake figures come from the facts: the Mg upper limit is 350 mg/day of supplemental magnesium', () => {
    const [ul] = intakeOf(base, 'magnesium', 'ul');
    assert.equal(ul.intake.value, 350);
    assert.equal(ul.intake.scope, 'supplemental');
    assert.deepEqual(intakeOf(base, 'magnesium', 'rda').filter((x) => x.intake.sex === 'female' && !x.intake.state).map((x) => x.intake.value), [310, 320]);
    assert.deepEqual(intakeOf(base, 'calcium', 'rda').filter((x) => !x.intake.state).map((x) => x.intake.value), [1000, 1000, 1200, 1200]);
  });
});
