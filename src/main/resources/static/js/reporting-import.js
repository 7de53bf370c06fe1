// Sunshine — report import: send the upload form in the background and show its progress.
// Without JavaScript the form posts normally; this only adds the progress bar.
(function () {
  var form = document.getElementById('report-upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var progress = document.getElementById('upload-progress');
  var status = document.getElementById('upload-status');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    progress.hidden = false;
    progress.value = 0;
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        progress.value = Math.round(e.loaded * 100 / e.total);
        status.textContent = progress.value + '%';
      }
    });
    request.addEventListener('load', function () {
      progress.value = 100;
      if (request.responseURL && request.responseURL.indexOf('done=') >= 0) {
        window.location.assign(request.responseURL);
      } else {
        document.open();
        document.write(request.responseText);
        document.close();
      }
    });
    request.addEventListener('error', function () {
      progress.hidden = true;
      form.submit();
    });
    request.send(new FormData(form));
  });
})();
