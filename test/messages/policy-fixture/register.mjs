// Registers hook.mjs with the policy folder and its fixture (POLICY_FIXTURE, a folder URL) before the program loads.
import { register } from 'node:module';

register('./hook.mjs', import.meta.url, {
  data: { from: new URL('../../../policy/', import.meta.url).href, to: process.env.POLICY_FIXTURE },
});
