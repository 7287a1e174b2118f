import { useTranslation } from 'react-i18next';
import type { SharedAction } from '../../../src/hukou/index.ts';
import { say } from '../i18n/index.ts';
import type { PlanState } from '../planner/usePlan.ts';

/** The points plan's actions that also serve the way there (`sharedActions`): one action, two goals. */
export function SharedActions({ state, shared }: { state: PlanState; shared: readonly SharedAction[] }) {
  const { t } = useTranslation();
  return (
    <section className="hukou-shared" aria-labelledby="hukou-shared-heading" aria-live="polite">
      <h2 id="hukou-shared-heading">{t('web-hukou:answer.shared')}</h2>
      <p className="field-hint">{t('web-hukou:answer.sharedHint')}</p>
      {state.kind === 'running' || state.kind === 'idle' ? <p className="loading">{t('web-hukou:answer.sharedLoading')}</p> : null}
      {state.kind === 'error' ? <p className="notice notice-bad">{t('web-hukou:answer.sharedFailed')}</p> : null}
      {state.kind === 'ok' && shared.length === 0 ? <p className="notice">{t('web-hukou:answer.sharedNone')}</p> : null}
      {state.kind === 'ok' && shared.length ? (
        <ul className="hukou-shared-list">
          {shared.map((s) => (
            <li key={`${s.step.key}|${s.action.id}`} className="hukou-step" data-action={s.action.id} data-causes={s.causes.join(' ')}>
              {say(s.text)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
