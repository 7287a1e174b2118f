import type { Msg } from '../core/message.ts';
import { say } from '../messages/catalogue.ts';

/** Help texts are read before a language is chosen: English, then Chinese ("search … / 查询…"). */
export function enZh(m: Msg): string {
  return `${say('en', m)} / ${say('zh', m)}`;
}

/** A bad option value, Chinese first like the other usage errors ("须为… / must be …"). */
export function zhEn(m: Msg): string {
  return `${say('zh', m)} / ${say('en', m)}`;
}
