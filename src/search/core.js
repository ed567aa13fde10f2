// The core of search shared by the build (Node) and the browser: the tokenizer and the
// ranking boost. This file is imported by the build and also shipped as-is (without
// `export`) in a classic script, so it must stay dependency-free, plain ES2020.
//
// Han text becomes overlapping bigrams, so that a query for 嘉兴 matches 嘉兴 and never a
// page that only says 嘉善 (a prefix match on 嘉 would). A lone Han character stays a
// unigram token, so that one-character queries still work. Latin words and numbers are
// lower-cased words. Word segmentation (Intl.Segmenter) adds whole words such as 中医院
// at index time, which raises pages that use the word over pages with its bigrams apart.

// One segmenter for every call: making one costs far more than segmenting a title.
var wordSegmenter;

/** @param {string} text @param {{ words?: boolean, characters?: boolean }} [options] @returns {string[]} */
export function searchTokens(text, options) {
  var tokens = [];
  var runs = String(text).normalize('NFKC').toLowerCase().match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) || [];
  for (var r = 0; r < runs.length; r++) {
    var run = runs[r];
    if (!/\p{Script=Han}/u.test(run)) {
      tokens.push(run);
      continue;
    }
    var chars = Array.from(run);
    if (chars.length === 1) tokens.push(run);
    for (var i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
    // Titles are indexed by single characters too, so that a one-character query finds them;
    // bodies are not, which would double the index for little gain.
    if (options && options.characters && chars.length > 1) for (var c = 0; c < chars.length; c++) tokens.push(chars[c]);
    if (options && options.words && typeof Intl !== 'undefined' && Intl.Segmenter) {
      wordSegmenter = wordSegmenter || new Intl.Segmenter('zh', { granularity: 'word' });
      var segments = wordSegmenter.segment(run);
      for (var segment of segments) if (segment.isWordLike && Array.from(segment.segment).length >= 2) tokens.push(segment.segment);
    }
  }
  return tokens;
}

// What a reader most often looks for comes first when the words match equally well: the
// project itself before the updates that mention it.
var KIND_BOOST = { project: 1.6, district: 1.3, theme: 1.3, programme: 1.2, update: 1 };

/** MiniSearch's `boostDocument`. @param {unknown} id @param {string} term @param {{ kind?: string }} [stored] */
export function documentBoost(id, term, stored) {
  return (stored && KIND_BOOST[stored.kind]) || 1;
}
