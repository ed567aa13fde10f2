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
 * @returns {{ kind: string, title: string, detail: string, path: string, titleOther: string, detailOther: string, score: number }[]}
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
    var d = index.docs[doc];
    results.push({ kind: d[0], title: d[1], detail: d[2], path: d[3], titleOther: d[4] || '', detailOther: d[5] || '', score: score * (KIND_BOOST[d[0]] || 1) });
  });
  var name = nameOf(query);
  results.forEach(function (result) { result.named = names(result, name); });
  results.sort(function (a, b) { return (b.named ? 1 : 0) - (a.named ? 1 : 0) || b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0); });
  results.forEach(function (result) { delete result.named; });
  return results;
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
