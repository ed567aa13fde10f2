/**
 * The one shape of every message catalogue: the site's interface strings, the open-data
 * labels, the charts' strings, and what each command prints. A catalogue holds the same
 * keys in each of its languages; a key's text is a sentence with `{name}` placeholders,
 * or a function of the values where a sentence needs a plural or a choice.
 */

/** The values a message is filled with. */
export type Params = Record<string, string | number>;

/** The two languages the commands speak; zh-Hant readers get the Simplified sentences. */
export type MessageLang = 'en' | 'zh';

/** A message to say later: the key of its sentence and the values to fill in. */
export interface Message<Key extends string = string> {
  key: Key;
  params?: Params;
}

/** One message in one language. */
export type Text = string | ((params: Params) => string);

/** Fills each `{name}` of a sentence with its value; a placeholder without a value stays as written. */
export function fill(sentence: string, params?: Params): string {
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) => (params && Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A catalogue's messages in one language: the key is typed, so a misspelt key does not compile. */
export type Say<Key extends string> = (key: Key, params?: Params) => string;

export interface Catalogue<Lang extends string, Key extends string> {
  /** The messages in `lang`. */
  (lang: Lang): Say<Key>;
  /** The texts as written, by language (the tests compare the keys of the languages). */
  readonly texts: { readonly [L in Lang]: Readonly<Record<Key, Text>> };
  /** True for a key of this catalogue. */
  has(key: string): key is Key;
  /** A message to say later, said in `lang`. */
  render(message: Message<Key>, lang: Lang): string;
}

/**
 * A catalogue from its texts by language, e.g. `catalogue({ en: { 'a.b': 'Found {found}' }, zh: { 'a.b': '填写的是 {found}' } })`.
 * Every language must hold the same keys: a key missing from one does not compile.
 */
export function catalogue<Lang extends string, Key extends string>(
  texts: { readonly [L in Lang]: Readonly<Record<Key, Text>> },
  name = 'message',
): Catalogue<Lang, Key> {
  const say = (lang: Lang): Say<Key> => {
    const own: Readonly<Record<string, Text>> = texts[lang];
    return (key, params) => {
      const text = Object.hasOwn(own, key) ? own[key] : undefined;
      if (text === undefined) throw new Error(`No ${name} "${key}".`);
      return typeof text === 'string' ? fill(text, params) : text(params ?? {});
    };
  };
  const keys = new Set<string>(Object.values<Readonly<Record<Key, Text>>>(texts).flatMap((own) => Object.keys(own)));
  return Object.assign(say, {
    texts,
    has: (key: string): key is Key => keys.has(key),
    render: (message: Message<Key>, lang: Lang) => say(lang)(message.key, message.params),
  });
}
