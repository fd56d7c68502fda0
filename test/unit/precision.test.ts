import { strict as assert } from 'node:assert';
import { errors } from '../helpers/findings';


describe('precision guards: no error finding without a stated direction', () => {
  it('reads thousands separators and the sex nearest to each amount', () => {
    assert.deepEqual(errors('Adults should get about 2,000 mg of calcium a day.'), [['contradicted-claim', '2,000 mg']]);
    assert.deepEqual(errors('Women need roughly 320 mg of magnesium daily, while men need about 420 mg.'), []);
    assert.deepEqual(errors('Children need 1,300 mg of calcium a day during growth spurts.'), []);
  });

  it('does not judge a relation guessed from word order', () => {
    assert.deepEqual(errors('Magnesium lives inside the pore of NMDA receptor channels.'), []);
    assert.deepEqual(errors('Calcium is the go-to ion for transmitter release.'), []);
    // A binding verb states the relation outright, except on channels and receptors, where binding is blocking.
    assert.deepEqual(errors('Magnesium latches onto troponin C to start each heartbeat.').map(([r]) => r), ['reversed-role']);
    assert.deepEqual(errors('Magnesium sits in NMDA receptor channels at rest.'), []);
  });

  it('does not judge quiz prompts', () => {
    assert.deepEqual(errors('True or false: calcium blocks NMDA receptors at rest.'), []);
    assert.deepEqual(errors('Calcium blocks NMDA receptors at rest.').map(([r]) => r), ['reversed-role']);
  });

  it('reads removal as a low level and transporter names as names', () => {
    assert.deepEqual(errors('Washing out calcium from the bath makes neurons fire spontaneously.'), []);
    assert.deepEqual(errors('The Na⁺/Ca²⁺ exchanger moves calcium out of the cell during relaxation.'), []);
  });

  it('reads "threshold" as the inverse of excitability', () => {
    assert.deepEqual(errors('Low calcium lowers the threshold for neuronal firing.'), []);
    assert.deepEqual(errors('High calcium lowers the threshold for neuronal firing.').map(([r]) => r), ['contradicted-claim']);
  });
  it('"the block" is the block just named; a pronoun keeps its own level word or the previous clause\'s subject', () => {
    assert.deepEqual(errors('Magnesium blocks acetylcholine release at doses that spare the muscle membrane, and extra calcium lifts the block.'), []);
    assert.deepEqual(errors('Magnesium blocks transmitter release at the junction. Adding calcium overcomes that block.'), []);
    assert.deepEqual(errors('Reducing calcium in the bath excites neurons; raising it calms them, although it boosts transmitter release.'), []);
    assert.deepEqual(errors('Reducing calcium in the bath excites neurons; raising it makes them even more excitable.').map(([r]) => r), ['contradicted-claim']);
  });

  it('a concession about a normal serum level is no conclusion from it; a mineral being removed is no agent', () => {
    assert.deepEqual(errors('IV magnesium helps in torsades even if the plasma magnesium is normal.'), []);
    assert.deepEqual(errors('A normal serum magnesium means your magnesium stores are fine.').map(([r]) => r), ['contradicted-claim']);
    assert.deepEqual(errors('The fibre relaxes when calcium is pumped back into the SR.'), []);
  });
  it('clause reach, contrasts, causative complements and reported mistakes (general causes of false errors on unseen text)', () => {
    // A coordinated clause with its own subject and verb ends the first verb's objects.
    assert.deepEqual(errors('Low calcium brings on tetany, and hypermagnesaemia and hypercalcaemia both depress reflexes.'), []);
    assert.deepEqual(errors('Hypomagnesaemia causes hypocalcaemia and hypokalaemia.'), []);
    // The rejected side of a contrast after the verb.
    assert.deepEqual(errors('Too much calcium tends to make patients tired and weak rather than twitchy or spasmodic.'), []);
    assert.deepEqual(errors('Too much calcium tends to make patients twitchy and spasmodic.').map(([r]) => r), ['contradicted-claim']);
    // "as opposed to" is no verb.
    assert.deepEqual(errors('A real lack of magnesium, as opposed to ordinary night cramps, can trigger spasms.'), []);
    // A direction-bearing adjective decides its noun.
    assert.deepEqual(errors('Excess magnesium can produce weak muscles and sluggish reflexes.'), []);
    // A mineral that is the subject of a bare verb is no level object.
    assert.deepEqual(errors('Alkalosis lets more calcium attach to albumin, so free calcium drops.'), []);
    // A sentence reporting a mistake states no claim of its own.
    assert.deepEqual(errors('A frequent error: saying that muscle relaxes when calcium rushes in.'), []);
    // "depress" / "suppress" without an ending are verbs too.
    assert.deepEqual(errors('Raised magnesium levels depress tendon reflexes.'), []);
    assert.deepEqual(errors('Raised magnesium levels depress tendon reflexes and cause tetany.').map(([r]) => r), ['contradicted-claim']);
  });
});
