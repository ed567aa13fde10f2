/** Sentences pages build from the model: what an update changed on a project. */
import type { Translate } from '../i18n/index.ts';
import type { StateStep } from '../model/state.ts';
import type { Formatter } from './format.ts';

/** "进度 70% → 65%；状态 推进中 → 已完成", or the new values alone when nothing came before. */
export function describeChange(change: { from?: StateStep | undefined; to: StateStep }, t: Translate, fmt: Formatter): string {
  const { from, to } = change;
  const parts: string[] = [];
  if (!from || from.status !== to.status) {
    parts.push(from ? t('change.status', { from: t(`status.${from.status}`), to: t(`status.${to.status}`) }) : t('change.statusSet', { to: t(`status.${to.status}`) }));
  }
  if (!from || from.progress !== to.progress) {
    parts.push(from ? t('change.progress', { from: fmt.percent(from.progress), to: fmt.percent(to.progress) }) : t('change.progressSet', { to: fmt.percent(to.progress) }));
  }
  return parts.join(t('list.semicolon'));
}
