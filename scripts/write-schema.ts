// Writes the published JSON Schema of the applicant model from the zod schema (never written twice by hand).
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { applicant } from '../src/applicant/applicant.ts';

export function applicantJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(applicant, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://hujifen.example/schema/applicant.schema.json',
    title: 'hujifen applicant (上海市居住证积分申请人)',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../schema/applicant.schema.json', import.meta.url), `${JSON.stringify(applicantJsonSchema(), null, 2)}\n`);
  console.log('wrote schema/applicant.schema.json');
}
