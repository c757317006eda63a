// htmx requests carry the CSRF token of the page.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});

// "Back" links go to the previous page when there is one (no inline script: the CSP forbids it).
document.addEventListener('click', function (e) {
  var link = e.target.closest && e.target.closest('a[data-history-back]');
  if (link && window.history.length > 1) { e.preventDefault(); window.history.back(); }
});

// 「全部出席」: fills every row not yet recorded, without saving (the form still saves once).
document.addEventListener('click', function (e) {
  var button = e.target.closest('[data-fill-status]');
  if (!button) { return; }
  e.preventDefault();
  button.form.querySelectorAll('select[data-attendance-status]').forEach(function (select) {
    if (select.value === 'UNRECORDED') { select.value = button.getAttribute('data-fill-status'); }
  });
});
