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
      // a redirect (to the imported reports, or to a batch's progress) is followed; a page with a
      // message about the form comes back from the form's own address and is shown as it is
      if (request.responseURL && request.responseURL.split('#')[0] !== form.action) {
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
