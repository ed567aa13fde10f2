// Instant, combinable filters on a programme's full project list. Without this script
// every filter link opens its pre-rendered page; with it, a link toggles its value in
// place (one value per dimension, dimensions combined), each link's count says how many
// projects it would show with the other dimensions as chosen, and the address keeps the
// choice. A card lists its values per dimension, separated by spaces (a project that is
// past its deadline has "overdue" beside its status).
(function () {
  var nav = document.querySelector('.filters[data-filters="all"]');
  if (!nav) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.project-card[data-status]'));
  var links = Array.prototype.slice.call(nav.querySelectorAll('a[data-dimension]'));
  var all = nav.querySelector('.filters__all a');
  var shown = nav.querySelector('.filters__shown');
  var clear = nav.querySelector('.filters__clear');
  var countTemplate = nav.getAttribute('data-count-template');
  var chosen = {};
  var fromDisk = location.protocol === 'file:';

  function has(card, dimension, value) {
    return (card.getAttribute('data-' + dimension) || '').split(' ').indexOf(value) !== -1;
  }

  // Cards matching every chosen value, with `dimension` set to `value` (or left out when `value` is null).
  function matching(dimension, value) {
    return cards.filter(function (card) {
      return Object.keys(chosen).every(function (d) {
        return d === dimension || has(card, d, chosen[d]);
      }) && (value === null || has(card, dimension, value));
    });
  }

  function apply() {
    var matched = matching(null, null);
    cards.forEach(function (card) {
      card.hidden = matched.indexOf(card) === -1;
    });
    links.forEach(function (link) {
      var dimension = link.getAttribute('data-dimension');
      var value = link.getAttribute('data-value');
      if (chosen[dimension] === value) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
      var count = matching(dimension, value).length;
      link.textContent = countTemplate.replace('{label}', link.getAttribute('data-label')).replace('{count}', count);
    });
    var any = Object.keys(chosen).length > 0;
    if (any) all.removeAttribute('aria-current');
    else all.setAttribute('aria-current', 'page');
    clear.hidden = !any;
    shown.textContent = any ? shown.getAttribute('data-template').replace('{shown}', matched.length).replace('{total}', cards.length) : '';
    if (!fromDisk) {
      var query = Object.keys(chosen).map(function (d) { return d + '=' + encodeURIComponent(chosen[d]); }).join('&');
      history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
    }
  }

  nav.addEventListener('click', function (event) {
    var link = event.target.closest('a');
    if (!link) return;
    if (link === all || link.parentNode === clear) {
      event.preventDefault();
      chosen = {};
      apply();
      return;
    }
    var dimension = link.getAttribute('data-dimension');
    if (!dimension) return;
    event.preventDefault();
    var value = link.getAttribute('data-value');
    if (chosen[dimension] === value) delete chosen[dimension];
    else chosen[dimension] = value;
    apply();
  });

  var params = new URLSearchParams(location.search);
  ['status', 'theme', 'district'].forEach(function (dimension) {
    var value = params.get(dimension);
    if (value) chosen[dimension] = value;
  });
  if (Object.keys(chosen).length) apply();
})();
