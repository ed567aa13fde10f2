// The search page's behaviour, a classic script (modules and fetch are blocked under
// file://). It runs after search/index.js (the manifest of the sharded index) and core.js,
// loads the index's files a query needs by adding script elements, and renders results as
// links that work over http and from disk.
(function () {
  var data = window.MINSHENG_SEARCH;
  var form = document.getElementById('search-form');
  // Found by its resolved address: the archive's copy of the page names it relatively ("index.js").
  var manifestScript = Array.prototype.find.call(document.scripts, function (script) { return /\/search\/index\.js$/.test(script.src); });
  if (!data || !form || !manifestScript) return;
  // The index's files lie beside the manifest, wherever the page found it (site root or archive copy).
  var base = manifestScript.src.replace(/index\.js$/, '');
  // What the index's files carried, by name, and what was decoded of them: kept for the next query.
  var store = { shards: {}, decoded: {} };
  window.MINSHENG_SEARCH_SHARD = function (name, payload) { store.shards[name] = payload; };
  // How many results are shown: at most this many rows of documents are loaded.
  var SHOWN = 100;
  var input = form.querySelector('input[name="q"]');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  // The ways to browse stay in view until a search finds something.
  var browse = document.getElementById('search-browse');
  var labels = JSON.parse(document.getElementById('search-labels').textContent);
  // Titles were indexed in the content's script; a page in the other script shows the converted ones.
  var lang = document.documentElement.lang;
  var other = lang !== data.locale && lang.indexOf('zh') === 0;
  // The locale's home page, as the browser resolved the site-title link: the base of every result.
  var home = document.querySelector('.site-title').href.replace(/index\.html$/, '');
  var fromDisk = home.indexOf('file:') === 0;

  var marks = document.getElementById('search-marks');

  // A YYYY[-MM[-DD]] date at its precision, as the pages write it (formatDate in src/model/dates.ts).
  function localDate(value) {
    var parts = value.split('-').map(Number);
    var options = { timeZone: 'UTC', year: 'numeric' };
    if (parts[1]) options.month = 'long';
    if (parts[2]) options.day = 'numeric';
    return new Intl.DateTimeFormat(labels.dateLocale, options).format(new Date(Date.UTC(parts[0], (parts[1] || 1) - 1, parts[2] || 1)));
  }

  // A status word with its shape, cloned from the marks the page carries.
  function mark(className, shape, text) {
    var span = document.createElement('span');
    span.className = className;
    var shapeOf = marks && marks.content.querySelector('[data-shape="' + shape + '"] svg');
    if (shapeOf) span.appendChild(shapeOf.cloneNode(true));
    span.appendChild(document.createTextNode(text));
    return span;
  }

  // What a result says of its status and dates: an update's day, or a project's status, data date and marks.
  function shownOf(line) {
    var words = line.split(' ');
    var box = document.createElement('span');
    box.className = 'search-shown';
    if (/^\d/.test(words[0])) {
      box.appendChild(document.createTextNode(localDate(words[0])));
      return box;
    }
    box.appendChild(mark('status status--' + words[0], words[0], labels.status[words[0]] || words[0]));
    words.slice(2).forEach(function (word) {
      if (word === 'overdue') box.appendChild(mark('status status--overdue', 'overdue', labels.overdue));
    });
    var asOf = document.createElement('span');
    asOf.className = 'as-of';
    asOf.textContent = labels.asOf.replace('{date}', localDate(words[1]));
    box.appendChild(asOf);
    words.slice(2).forEach(function (word) {
      if (word.indexOf('stale:') === 0) box.appendChild(mark('stale-mark', 'stale', labels.stale.replace('{days}', word.slice(6))));
    });
    return box;
  }

  function address(path) {
    var url = home + (path ? path + '/' : '');
    return fromDisk ? url + 'index.html' : url;
  }

  /** Loads the index's files by name, then calls `done(ok)`. */
  function load(names, done) {
    var left = names.length;
    var failed = false;
    names.forEach(function (name) {
      var script = document.createElement('script');
      script.src = base + name + '.js';
      script.onload = script.onerror = function (event) {
        script.remove();
        if (event.type === 'error' || !Object.prototype.hasOwnProperty.call(store.shards, name)) failed = true;
        if (--left === 0) done(!failed);
      };
      document.head.appendChild(script);
    });
  }

  // Only the latest query's answer is shown: an earlier one may finish loading later.
  var latest = 0;

  function show(query) {
    var text = query.trim();
    var asked = ++latest;
    if (!text) {
      list.textContent = '';
      status.textContent = '';
      if (browse) browse.hidden = false;
      return;
    }
    (function step() {
      if (asked !== latest) return;
      var answer;
      try {
        answer = searchStep(data, store, text, SHOWN);
      } catch (error) {
        // A file of another build (a cache holding an older one): say so rather than show a wrong answer.
        console.error(error);
        answer = { failed: true };
      }
      if (answer.load) {
        // The files this query needs are loading: what the status says of the last query no longer holds.
        status.textContent = '';
        load(answer.load, function (ok) {
          if (ok) step();
          else if (asked === latest) render(text, { failed: true });
        });
        return;
      }
      render(text, answer);
    })();
  }

  function render(text, answer) {
    list.textContent = '';
    if (answer.failed) {
      if (browse) browse.hidden = false;
      status.textContent = labels.failed;
      return;
    }
    var results = answer.results;
    if (browse) browse.hidden = results.length > 0;
    status.textContent = (results.length ? labels.found : labels.none).replace('{count}', String(answer.count)).replace('{query}', text);
    results.forEach(function (result) {
      var item = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = labels.kinds[result.kind] || result.kind;
      var link = document.createElement('a');
      link.href = address(result.path);
      link.textContent = other && result.titleOther ? result.titleOther : result.title;
      link.lang = other ? lang : data.locale;
      var detail = document.createElement('span');
      detail.className = 'search-detail';
      detail.textContent = other && result.detailOther ? result.detailOther : result.detail;
      item.appendChild(kind);
      item.appendChild(link);
      if (result.shown) item.appendChild(shownOf(result.shown));
      item.appendChild(detail);
      list.appendChild(item);
    });
  }

  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
    if (!fromDisk) history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
