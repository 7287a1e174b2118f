import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { applicantJsonSchema } from '../../scripts/write-schema.ts';

test('schema/applicant.schema.json is generated from the zod schema (rerun `npm run schema`)', () => {
  const committed = JSON.parse(readFileSync(new URL('../../schema/applicant.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, applicantJsonSchema());
});

test('the published schema requires a birth date and names the history fields', () => {
  const schema = applicantJsonSchema() as { required: string[]; properties: Record<string, unknown> };
  assert.ok(schema.required.includes('birthDate'));
  for (const key of ['education', 'certificates', 'socialInsurance', 'records']) assert.ok(key in schema.properties, key);
});
