// Instant, combinable filters on a programme's full project list. Without this script
// every filter link opens its pre-rendered page; with it, a link toggles its value in
// place (one value per dimension, dimensions combined) and the address keeps the choice.
(function () {
  var nav = document.querySelector('.filters[data-filters="all"]');
  if (!nav) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.project-card[data-status]'));
  var links = Array.prototype.slice.call(nav.querySelectorAll('a[data-dimension]'));
  var all = nav.querySelector('.filters__all a');
  var shown = nav.querySelector('.filters__shown');
  var chosen = {};
  var fromDisk = location.protocol === 'file:';

  function apply() {
    var count = 0;
    cards.forEach(function (card) {
      var match = Object.keys(chosen).every(function (dimension) {
        return (card.getAttribute('data-' + dimension) || '').split(' ').indexOf(chosen[dimension]) !== -1;
      });
      card.hidden = !match;
      if (match) count++;
    });
    links.forEach(function (link) {
      var on = chosen[link.getAttribute('data-dimension')] === link.getAttribute('data-value');
      if (on) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
    var any = Object.keys(chosen).length > 0;
    if (any) all.removeAttribute('aria-current');
    else all.setAttribute('aria-current', 'page');
    shown.textContent = any ? shown.getAttribute('data-template').replace('{shown}', count).replace('{total}', cards.length) : '';
    if (!fromDisk) {
      var query = Object.keys(chosen).map(function (d) { return d + '=' + encodeURIComponent(chosen[d]); }).join('&');
      history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
    }
  }

  nav.addEventListener('click', function (event) {
    var link = event.target.closest('a');
    if (!link) return;
    if (link === all) {
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
