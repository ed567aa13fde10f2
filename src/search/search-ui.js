// The search page's behaviour, a classic script (modules and fetch are blocked under
// file://). It runs after search-index.js and core.js, and renders results as links that
// work over http and from disk.
(function () {
  var data = window.MINSHENG_SEARCH;
  var form = document.getElementById('search-form');
  if (!data || !form) return;
  var input = form.querySelector('input[name="q"]');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var labels = JSON.parse(document.getElementById('search-labels').textContent);
  // Titles were indexed in the content's script; a page in the other script shows the converted ones.
  var lang = document.documentElement.lang;
  var other = lang !== data.locale && lang.indexOf('zh') === 0;
  // The locale's home page, as the browser resolved the site-title link: the base of every result.
  var home = document.querySelector('.site-title').href.replace(/index\.html$/, '');
  var fromDisk = home.indexOf('file:') === 0;

  function address(path) {
    var url = home + (path ? path + '/' : '');
    return fromDisk ? url + 'index.html' : url;
  }

  function show(query) {
    list.textContent = '';
    var text = query.trim();
    if (!text) {
      status.textContent = '';
      return;
    }
    var results = searchIndex(data, text);
    status.textContent = (results.length ? labels.found : labels.none).replace('{count}', String(results.length)).replace('{query}', text);
    results.slice(0, 100).forEach(function (result) {
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
