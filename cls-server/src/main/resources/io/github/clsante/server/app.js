// The web validator's page: an enhancement only. Without this script the form works as it is (choose the
// files, press the button). With it, files dropped on the zone are put in the form and sent.
(function () {
  'use strict';
  var drop = document.getElementById('drop');
  var input = document.getElementById('files');
  var form = document.getElementById('upload');
  if (!drop || !input || !form || typeof DataTransfer === 'undefined') {
    return;
  }
  drop.addEventListener('dragover', function (event) {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', function () {
    drop.classList.remove('over');
  });
  drop.addEventListener('drop', function (event) {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });
  // After an upload, the reports' heading takes the focus, so that a screen reader says them.
  var results = document.getElementById('results');
  if (results) {
    results.focus();
  }
}());
