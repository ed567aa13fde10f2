// The large-text, high-contrast reading mode. The checkbox in the header works without
// this script (CSS reacts to it); the script only remembers the choice from page to page.
// It runs in <head>, before the page is drawn, so that a remembered choice never flickers.
(function () {
  var KEY = 'minsheng-reading';
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* storage may be off (file://, privacy modes) */ }
  if (stored === 'on') document.documentElement.classList.add('reading');
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('reading-mode');
    if (!box) return;
    box.checked = stored === 'on';
    document.documentElement.classList.remove('reading');
    box.addEventListener('change', function () {
      try { localStorage.setItem(KEY, box.checked ? 'on' : 'off'); } catch (e) { /* the choice lasts for this page */ }
    });
  });
})();
