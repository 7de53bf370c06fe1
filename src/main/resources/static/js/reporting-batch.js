// Sunshine — batch import: while the batch runs, move the progress bar and say how far it has come;
// when it has finished, load the page again to show the summary. Without JavaScript the page has a
// link that does the same.
(function () {
  var section = document.getElementById('batch-progress');
  if (!section || section.getAttribute('data-finished') === 'true' || !window.fetch) {
    return;
  }
  var bar = document.getElementById('batch-bar');
  var status = document.getElementById('batch-status');
  var template = status.getAttribute('data-running') || '';
  var url = section.getAttribute('data-progress');
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          setTimeout(poll, 5000);
          return;
        }
        bar.value = progress.percent;
        bar.textContent = progress.percent + '%';
        if (progress.finished) {
          window.location.reload();
          return;
        }
        var running = status.querySelector('span');
        if (running && template) {
          running.textContent = template.replace('{0}', progress.done).replace('{1}', progress.total);
        }
        setTimeout(poll, 1500);
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  var refresh = section.querySelector('.no-script-refresh');
  if (refresh) {
    refresh.hidden = true;
  }
  setTimeout(poll, 1000);
})();
