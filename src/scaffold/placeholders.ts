/**
 * The placeholders `npm run new` writes into drafts, in every language it writes. The
 * templates (src/scaffold/messages.ts) and the checker's rule against publishing them
 * (src/check/rules.ts, checkPlaceholders) both read this table, so that a placeholder
 * changed here is refused by the checker as it is now written.
 */
import type { MessageLang } from '../check/messages.ts';

export type PlaceholderKind = 'title' | 'lead' | 'updateTitle' | 'projectBody' | 'updateBody';

export const PLACEHOLDERS: Record<PlaceholderKind, Record<MessageLang, string>> = {
  title: { en: '(fill in the project name)', zh: '（请填写项目名称）' },
  lead: { en: '(fill in the lead department)', zh: '（请填写牵头单位）' },
  updateTitle: { en: '(fill in the headline)', zh: '（请填写标题）' },
  projectBody: {
    en: '(Write about the project here: what is built or offered, where, for whom. Then delete "draft: true" above to publish it.)',
    zh: '（在这里介绍项目：建什么、办什么，在哪里，为谁。写好后删去上方的 draft: true，项目即可发布。）',
  },
  updateBody: {
    en: '(Write the update here: what happened, when, and what comes next. Then delete "draft: true" above to publish it.)',
    zh: '（在这里写动态正文：发生了什么、什么时候、下一步做什么。写好后删去上方的 draft: true，动态即可发布。）',
  },
};

/**
 * What identifies a placeholder in edited text: the words before its first colon. A
 * writer who keeps the opening of a body placeholder and deletes the rest still left it
 * unwritten; the short ones are matched whole.
 */
function signature(text: string): string {
  const colon = text.search(/[:：]/);
  return colon === -1 ? text : text.slice(0, colon);
}

const SIGNATURES = (Object.entries(PLACEHOLDERS) as [PlaceholderKind, Record<MessageLang, string>][]).flatMap(([kind, texts]) =>
  Object.values(texts).map((text) => ({ kind, text, signature: signature(text) })),
);

/** The placeholder a text still holds, if any: which one, and the words found. */
export function placeholderIn(text: string): { kind: PlaceholderKind; found: string } | undefined {
  const hit = SIGNATURES.find((s) => text.includes(s.signature));
  return hit && { kind: hit.kind, found: hit.signature === hit.text ? hit.text : `${hit.signature}…${hit.text.at(-1)}` };
}
