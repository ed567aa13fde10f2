// The core of search shared by the build (Node) and the browser: the tokenizer and the
// search itself. This file is imported by the build and also shipped as-is (without
// `export`) in a classic script, so it must stay dependency-free, plain ES2020.
//
// Han text becomes overlapping bigrams, so that a query for 嘉兴 matches 嘉兴 and never a
// page that only says 嘉善 (a prefix match on 嘉 would). A lone Han character stays a
// unigram token, so that one-character queries still work. Latin words and numbers are
// lower-cased words. Word segmentation (Intl.Segmenter) adds whole words such as 中医院
// at index time, which raises pages that use the word over pages with its bigrams apart.

// One segmenter for every call: making one costs far more than segmenting a title.
var wordSegmenter;

var HAN = /\p{Script=Han}/u;
/** A word worth adding: Han only, two characters or more. */
var WORD = /^\p{Script=Han}{2,}$/u;

/** @param {string} text @param {{ words?: boolean, characters?: boolean }} [options] @returns {string[]} */
export function searchTokens(text, options) {
  var tokens = [];
  var normal = String(text).normalize('NFKC').toLowerCase();
  var runs = normal.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) || [];
  for (var r = 0; r < runs.length; r++) {
    var run = runs[r];
    if (!HAN.test(run)) {
      tokens.push(run);
      continue;
    }
    var chars = Array.from(run);
    if (chars.length === 1) tokens.push(run);
    for (var i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
    // Titles are indexed by single characters too, so that a one-character query finds them;
    // bodies are not, which would double the index for little gain.
    if (options && options.characters && chars.length > 1) for (var c = 0; c < chars.length; c++) tokens.push(chars[c]);
  }
  // The whole text at once: segmenting run by run costs three times as much.
  if (options && options.words && typeof Intl !== 'undefined' && Intl.Segmenter) {
    wordSegmenter = wordSegmenter || new Intl.Segmenter('zh', { granularity: 'word' });
    for (var segment of wordSegmenter.segment(normal)) {
      if (segment.isWordLike && WORD.test(segment.segment)) tokens.push(segment.segment);
    }
  }
  return tokens;
}

// What a reader most often looks for comes first when the words match equally well: the
// project itself before the updates that mention it.
var KIND_BOOST = { project: 1.6, district: 1.3, theme: 1.3, programme: 1.2, update: 1 };

/**
 * Searches an index written by src/search/search-index.ts: the documents holding every
 * token of the query, best first. Each posting list is `[doc gap, weight × 10, …]`; a
 * token's weight in a document is its BM25 term weight summed over the fields, boosted
 * by field, and counts here times the token's rarity (idf).
 * @param {{ docs: string[][], terms: Record<string, number[]> }} index
 * @param {string} query
 * @returns {{ kind: string, title: string, detail: string, path: string, titleOther: string, detailOther: string, shown: string, score: number }[]}
 */
export function searchIndex(index, query) {
  var required = unique(searchTokens(query));
  // Whole words (中医院) are not required, since the segmenter may cut a query otherwise
  // than a page; where a page has the word, it ranks above pages with its bigrams apart.
  var words = unique(searchTokens(query, { words: true })).filter(function (token) { return required.indexOf(token) < 0; });
  var lists = [];
  for (var t = 0; t < required.length; t++) {
    var list = postingsOf(index, required[t]);
    if (!list) return [];
    lists.push(list);
  }
  if (!lists.length) return [];
  // The rarest token first, so that the documents still in play shrink fastest.
  lists.sort(function (a, b) { return a.length - b.length; });
  var scores = null;
  for (var l = 0; l < lists.length; l++) {
    var next = new Map();
    eachPosting(index, lists[l], function (doc, weight) {
      if (scores === null) next.set(doc, weight);
      else if (scores.has(doc)) next.set(doc, scores.get(doc) + weight);
    });
    scores = next;
    if (!scores.size) return [];
  }
  for (var w = 0; w < words.length; w++) {
    var extra = postingsOf(index, words[w]);
    if (extra) eachPosting(index, extra, function (doc, weight) { if (scores.has(doc)) scores.set(doc, scores.get(doc) + weight); });
  }
  var results = [];
  scores.forEach(function (score, doc) {
    results.push(resultOf(index.docs[doc], score * (KIND_BOOST[index.docs[doc][0]] || 1)));
  });
  var name = nameOf(query);
  results.forEach(function (result) { result.named = names(result, name); });
  results.sort(function (a, b) { return (b.named ? 1 : 0) - (a.named ? 1 : 0) || b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0); });
  results.forEach(function (result) { delete result.named; });
  return results;
}

/** A result from a document's row (see SearchIndex in search-index.ts) and its score. */
function resultOf(d, score) {
  return { kind: d[0], title: d[1], detail: d[2], path: d[3], titleOther: d[4] || '', detailOther: d[5] || '', shown: d[6] || '', score: score };
}

// A place's name as readers often write it, without its administrative suffix: 平湖 for 平湖市.
var PLACE_SUFFIX = /(?:街道|社区|社區|市|区|區|县|縣|镇|鎮|乡|鄉|村)$/u;

/** Text compared as a name: width-folded, lower-cased, without spaces. */
function nameOf(text) {
  return String(text).normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * Whether the query is the name of the result, which then comes before every page that only
 * mentions it: a page titled with it, a place by its name with or without its suffix, a
 * theme by its short name (its detail line). Either script counts.
 */
function names(result, query) {
  if (!query) return false;
  var titles = [result.title, result.titleOther].filter(Boolean).map(nameOf);
  for (var i = 0; i < titles.length; i++) {
    if (titles[i] === query) return true;
    if (result.kind === 'district' && titles[i].replace(PLACE_SUFFIX, '') === query) return true;
  }
  if (result.kind === 'theme') {
    var details = [result.detail, result.detailOther].filter(Boolean).map(nameOf);
    if (details.indexOf(query) >= 0) return true;
  }
  return false;
}

function unique(tokens) {
  var seen = [];
  for (var i = 0; i < tokens.length; i++) if (seen.indexOf(tokens[i]) < 0) seen.push(tokens[i]);
  return seen;
}

function postingsOf(index, token) {
  // Own properties only: a query for "constructor" must not find Object's.
  return Object.prototype.hasOwnProperty.call(index.terms, token) ? index.terms[token] : null;
}

/** Calls `visit(doc, weight × idf)` for each document of a posting list. */
function eachPosting(index, postings, visit) {
  var count = postings.length / 2;
  var idf = Math.log(1 + (index.docs.length - count + 0.5) / (count + 0.5));
  var doc = 0;
  for (var p = 0; p < postings.length; p += 2) {
    doc += postings[p];
    visit(doc, (postings[p + 1] / 10) * idf);
  }
}

// ---------------------------------------------------------------------------------------
// The sharded index (written by src/search/shards.ts): the same search, over files loaded
// on demand. Numbers are written in base-64 digits: five bits a digit, the sixth bit set on
// every digit but a number's last, so that most gaps and weights take one or two characters.

var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
var DIGIT_VALUE = {};
for (var digit = 0; digit < DIGITS.length; digit++) DIGIT_VALUE[DIGITS.charCodeAt(digit)] = digit;

/** Non-negative integers as digits; `raw` writes each (0–63) as one digit, as bitmaps are. @param {number[]} numbers @param {boolean} [raw] @returns {string} */
export function encodeNumbers(numbers, raw) {
  var chars = [];
  for (var i = 0; i < numbers.length; i++) {
    var n = numbers[i];
    if (raw) {
      chars.push(DIGITS[n]);
      continue;
    }
    var groups = [n % 32];
    for (n = Math.floor(n / 32); n > 0; n = Math.floor(n / 32)) groups.push(32 + (n % 32));
    for (var g = groups.length - 1; g >= 0; g--) chars.push(DIGITS[groups[g]]);
  }
  return chars.join('');
}

/** @param {string} text @param {number} [from] @returns {number[]} */
export function decodeNumbers(text, from) {
  var numbers = [];
  var value = 0;
  for (var i = from || 0; i < text.length; i++) {
    var d = DIGIT_VALUE[text.charCodeAt(i)];
    value = value * 32 + (d % 32);
    if (d < 32) {
      numbers.push(value);
      value = 0;
    }
  }
  return numbers;
}

/** FNV-1a over UTF-16 units: which bucket a token or a name is in, the same in Node and browsers. @param {string} text @returns {number} */
export function hashOf(text) {
  var h = 0x811c9dc5;
  for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every name a document's row answers to (see `names`): its titles, a place's without suffix, a theme's short names. @param {string[]} row @returns {string[]} */
export function namesOfRow(row) {
  var result = resultOf(row, 0);
  var found = [];
  var add = function (name) { if (name && found.indexOf(name) < 0) found.push(name); };
  [result.title, result.titleOther].filter(Boolean).map(nameOf).forEach(function (title) {
    add(title);
    if (result.kind === 'district') add(title.replace(PLACE_SUFFIX, ''));
  });
  if (result.kind === 'theme') [result.detail, result.detailOther].filter(Boolean).map(nameOf).forEach(add);
  return found;
}

function own(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A posting file's text as `[doc, weight × 10]`, heaviest first (see encodePostings in shards.ts). */
function decodePostings(text) {
  var numbers = decodeNumbers(text);
  var postings = [];
  for (var i = 0; i < numbers.length; ) {
    var weight = numbers[i];
    var count = numbers[i + 1];
    var doc = 0;
    for (var j = 0; j < count; j++) {
      doc += numbers[i + 2 + j];
      postings.push([doc, weight]);
    }
    i += 2 + count;
  }
  return postings;
}

/** A set file's text as a membership table of the `n` documents. */
function decodeSet(text, n) {
  var member = new Uint8Array(n);
  if (text[0] === 'b') {
    for (var c = 1; c < text.length; c++) {
      var bits = DIGIT_VALUE[text.charCodeAt(c)];
      for (var b = 0; b < 6; b++) if (bits & (1 << b)) member[(c - 1) * 6 + b] = 1;
    }
    return member;
  }
  var gaps = decodeNumbers(text, 1);
  for (var i = 0, doc = 0; i < gaps.length; i++) {
    doc += gaps[i];
    member[doc] = 1;
  }
  return member;
}

/** Decodes a text once per store, under `key`: a file's name, or a token's in its bucket. */
function decoded(store, key, decode, text) {
  if (!own(store.decoded, key)) store.decoded[key] = decode(text === undefined ? store.shards[key] : text);
  return store.decoded[key];
}

/**
 * One step of a search over the sharded index: either the files still needed (`{ load }`,
 * names such as `t/3f`, each at `search/<name>.js`), or the answer: the first `limit`
 * results, exactly as `searchIndex` ranks them over the whole index, and how many there are
 * in all. Call it again with the same store once the files are loaded (each file's script
 * hands its payload to `store.shards[name]`); `store.decoded` keeps what was decoded.
 *
 * A common token's postings come in parts, heaviest first. A result whose weight in a
 * token is not yet loaded is bounded by the heaviest weight still to come, so that the next
 * parts are loaded only while some such result could still rank among those shown. The sum
 * is taken in the same order as `searchIndex` takes it, and bounds stay bounds in floating
 * point, since rounding never reverses an order: the scores, and so the order, are the same.
 * @param {{ locale: string, n: number, kinds: [number, string][], terms: number, names: number, docs: number }} manifest
 * @param {{ shards: Record<string, any>, decoded: Record<string, any> }} store
 * @param {string} query
 * @param {number} limit
 * @returns {{ load: string[] } | { results: ReturnType<typeof resultOf>[], count: number }}
 */
export function searchStep(manifest, store, query, limit) {
  var none = { results: [], count: 0 };
  var required = unique(searchTokens(query));
  var words = unique(searchTokens(query, { words: true })).filter(function (token) { return required.indexOf(token) < 0; });
  if (!required.length) return none;
  var load = [];
  var want = function (name) { if (!own(store.shards, name) && load.indexOf(name) < 0) load.push(name); };
  var bucketOf = function (token) { return 't/' + (hashOf(token) & (manifest.terms - 1)).toString(16); };
  var docFile = function (doc) { return 'd/' + Math.floor(doc / manifest.docs).toString(16); };
  var rowOf = function (doc) { return store.shards[docFile(doc)][doc % manifest.docs]; };
  var name = nameOf(query);
  var nameBucket = name ? 'n/' + (hashOf(name) & (manifest.names - 1)).toString(16) : '';

  // First the tokens' buckets (and the name's), all at once.
  required.concat(words).forEach(function (token) { want(bucketOf(token)); });
  if (nameBucket) want(nameBucket);
  if (load.length) return { load: load };
  var termOf = function (token) {
    var bucket = store.shards[bucketOf(token)];
    if (!own(bucket, token)) return null;
    var entry = bucket[token];
    var count = entry[0];
    return {
      token: token,
      count: count,
      idf: Math.log(1 + (manifest.n - count + 0.5) / (count + 0.5)),
      inline: entry.length === 2 ? entry[1] : null,
      set: entry.length === 2 ? null : entry[1],
      parts: entry.length === 2 ? [] : entry[2],
    };
  };
  var lists = [];
  for (var r = 0; r < required.length; r++) {
    var term = termOf(required[r]);
    if (!term) return none;
    lists.push(term);
  }
  // The rarest token first, as searchIndex sums them.
  lists.sort(function (a, b) { return a.count - b.count; });
  var extras = words.map(termOf).filter(Boolean);
  var terms = lists.concat(extras);

  // Then each common token's set and first part.
  terms.forEach(function (t) {
    if (t.set) {
      want(t.set);
      want(t.parts[0][0]);
    }
  });
  if (load.length) return { load: load };

  // What is known of each token: its documents, and the weights loaded so far.
  terms.forEach(function (t) {
    t.weights = new Map();
    var add = function (postings) { for (var p = 0; p < postings.length; p++) t.weights.set(postings[p][0], postings[p][1]); };
    if (t.inline !== null) {
      add(decoded(store, bucketOf(t.token) + ' ' + t.token, decodePostings, t.inline));
      t.member = function (doc) { return t.weights.has(doc); };
      t.loaded = 0;
      t.bound = 0;
      return;
    }
    var set = decoded(store, t.set, function (text) { return decodeSet(text, manifest.n); });
    t.member = function (doc) { return set[doc] === 1; };
    t.loaded = 0;
    while (t.loaded < t.parts.length && own(store.shards, t.parts[t.loaded][0])) add(decoded(store, t.parts[t.loaded++][0], decodePostings));
    // No weight still to come is heavier than the next part's heaviest.
    t.bound = t.loaded < t.parts.length ? t.parts[t.loaded][1] : 0;
  });

  // The documents holding every token, from the rarest token's.
  var first = lists[0];
  var candidates = [];
  if (first.inline !== null) first.weights.forEach(function (_, doc) { candidates.push(doc); });
  else for (var d = 0; d < manifest.n; d++) if (first.member(d)) candidates.push(d);
  var matching = candidates.filter(function (doc) {
    for (var l = 1; l < lists.length; l++) if (!lists[l].member(doc)) return false;
    return true;
  });
  if (!matching.length) return none;

  var kindOf = function (doc) {
    var lo = 0;
    var hi = manifest.kinds.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (manifest.kinds[mid][0] <= doc) lo = mid;
      else hi = mid - 1;
    }
    return manifest.kinds[lo][1];
  };
  // Each document's score, or while a weight is missing, the most it could be.
  var scored = matching.map(function (doc) {
    var score = 0;
    var complete = true;
    var part = function (t) {
      var weight = t.weights.get(doc);
      if (weight === undefined) {
        complete = false;
        weight = t.bound;
      }
      return (weight / 10) * t.idf;
    };
    for (var l = 0; l < lists.length; l++) score = l === 0 ? part(lists[l]) : score + part(lists[l]);
    for (var e = 0; e < extras.length; e++) if (extras[e].member(doc)) score = score + part(extras[e]);
    return { doc: doc, score: score * (KIND_BOOST[kindOf(doc)] || 1), complete: complete };
  });

  // Pages the query names come first; a hash names them, their titles confirm it.
  var named = [];
  var key = hashOf(name).toString(36);
  var nameList = nameBucket && own(store.shards[nameBucket], key) ? decodeNumbers(store.shards[nameBucket][key]) : [];
  var isMatching = new Set(matching);
  for (var i = 0, doc = 0; i < nameList.length; i++) {
    doc += nameList[i];
    if (!isMatching.has(doc)) continue;
    if (!own(store.shards, docFile(doc))) want(docFile(doc));
    else if (names(resultOf(rowOf(doc), 0), name)) named.push(doc);
  }
  if (load.length) return { load: load };
  var isNamed = new Set(named);
  var byRank = function (a, b) { return b.score - a.score || a.doc - b.doc; };
  var namedScores = scored.filter(function (s) { return isNamed.has(s.doc); });
  var others = scored.filter(function (s) { return !isNamed.has(s.doc); });
  var room = Math.max(0, limit - namedScores.length);
  var shown = others.filter(function (s) { return s.complete; }).sort(byRank).slice(0, room);
  var last = shown[shown.length - 1];
  // Documents that could still rank among those shown, were their missing weights as heavy as can be.
  var open = namedScores.filter(function (s) { return !s.complete; }).concat(others.filter(function (s) {
    return !s.complete && (shown.length < room || s.score > last.score || (s.score === last.score && s.doc < last.doc));
  }));
  if (open.length) {
    terms.forEach(function (t) {
      if (t.loaded >= t.parts.length) return;
      for (var o = 0; o < open.length; o++) {
        if (t.member(open[o].doc) && !t.weights.has(open[o].doc)) return want(t.parts[t.loaded][0]);
      }
    });
    if (!load.length) throw new Error('search: a result is incomplete with every part loaded');
    return { load: load };
  }
  var top = namedScores.sort(byRank).concat(shown).slice(0, limit);
  top.forEach(function (s) { want(docFile(s.doc)); });
  if (load.length) return { load: load };
  return { results: top.map(function (s) { return resultOf(rowOf(s.doc), s.score); }), count: matching.length };
}
