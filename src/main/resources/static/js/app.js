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
