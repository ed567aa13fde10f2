/** A site's `--mapping file.json`, read and checked, or the reasons it cannot be used. */
import { render as renderCheck } from '../check/messages.ts';
import { fieldPath, issueMessage } from '../check/schema-issues.ts';
import { MappingSchema, type Mapping } from './columns.ts';
import type { Message, MessageLang } from './messages.ts';

export function readMapping(text: string, file: string, lang: MessageLang): { mapping: Mapping } | { fatal: Message[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { fatal: [{ key: 'fatal.mappingJson', params: { file, detail: (error as Error).message } }] };
  }
  const result = MappingSchema.safeParse(data, { reportInput: true });
  if (result.success) return { mapping: result.data };
  return {
    fatal: result.error.issues.map((issue): Message => {
      if (issue.code === 'unrecognized_keys') return { key: 'fatal.mappingKeys', params: { file, found: issue.keys.map((k) => `"${k}"`).join(', ') } };
      const where = fieldPath(issue.path);
      const detail = renderCheck(issueMessage(issue, lang), lang);
      return { key: 'fatal.mapping', params: { file, detail: where === '' ? detail : `${where}${lang === 'en' ? ': ' : '：'}${detail}` } };
    }),
  };
}
