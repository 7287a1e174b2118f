// A message whose sentence needs a parameter it does not carry (one stored before the sentence gained it) renders
// as its key and is recorded, as a missing key is: the door answers instead of failing, and the tests see it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { msg } from '../../src/core/message.ts';
import { missingKeys, say } from '../../src/messages/catalogue.ts';

it('a message without the parameter its sentence needs renders as its key and is recorded', () => {
  assert.deepEqual(missingKeys(), []);
  assert.equal(say('zh', msg('engine:eligibility.noResidencePermitFix')), 'engine:eligibility.noResidencePermitFix');
  assert.equal(
    say('en', msg('engine:eligibility.noResidencePermitFix', { days: 3 })),
    'obtain or renew the residence permit, then apply 3 working days later',
  );
  assert.equal(
    say('en', msg('engine:eligibility.noResidencePermitFix', { days: 1 })),
    'obtain or renew the residence permit, then apply 1 working day later',
  );
  assert.equal(say('zh', msg('engine:eligibility.noResidencePermitFix', { days: 0 })), '先办理或签注居住证，再申请');
  assert.deepEqual(missingKeys(), ['zh:engine:eligibility.noResidencePermitFix (parameters)']);
});
