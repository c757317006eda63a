// A small date picker in the ROC calendar for every input[data-roc-date]: the field stays a text
// field (115/12/21, 115年12月21日 or ISO can be typed); the button beside it opens a month view
// headed 民國 115 年 12 月 and writes the chosen day as 115/12/21. Keyboard: arrows move the day,
// PageUp/PageDown the month, Enter picks, Escape closes.
(function () {
  'use strict';
  var en = (document.documentElement.lang || '').indexOf('en') === 0;
  var T = en
    ? { open: 'Choose a date', prev: 'Previous month', next: 'Next month', close: 'Close', days: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
        title: function (y, m) { return 'ROC ' + y + ' / ' + m; } }
    : { open: '選擇日期', prev: '上個月', next: '下個月', close: '關閉', days: ['一', '二', '三', '四', '五', '六', '日'],
        title: function (y, m) { return '民國 ' + y + ' 年 ' + m + ' 月'; } };

  function parse(text) {
    var s = (text || '').trim().replace(/[／]/g, '/');
    var iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    var roc = /^(?:中華民國|民國)?\s*(\d{2,3})\s*(?:年|\/|\.|-)\s*(\d{1,2})\s*(?:月|\/|\.|-)\s*(\d{1,2})\s*日?$/.exec(s);
    var y, m, d;
    if (iso) { y = +iso[1]; m = +iso[2]; d = +iso[3]; } else if (roc) { y = +roc[1] + 1911; m = +roc[2]; d = +roc[3]; } else { return null; }
    var date = new Date(y, m - 1, d);
    return date.getMonth() === m - 1 ? date : null;
  }

  function format(date) {
    return (date.getFullYear() - 1911) + '/' + (date.getMonth() + 1) + '/' + date.getDate();
  }

  function attach(input) {
    var wrap = document.createElement('div');
    wrap.className = 'input-group';
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-outline-secondary';
    button.setAttribute('aria-expanded', 'false');
    button.textContent = T.open;
    wrap.appendChild(button);
    var panel = null;
    var shown = null;

    function close() {
      if (panel) { panel.remove(); panel = null; button.setAttribute('aria-expanded', 'false'); }
    }

    function pick(date) {
      input.value = format(date);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      close();
      input.focus();
    }

    function render(focusDay) {
      var y = shown.getFullYear(), m = shown.getMonth();
      panel.innerHTML = '';
      var head = document.createElement('div');
      head.className = 'roc-picker-head';
      var prev = document.createElement('button');
      prev.type = 'button'; prev.className = 'btn btn-sm btn-light'; prev.textContent = '‹'; prev.setAttribute('aria-label', T.prev);
      var next = document.createElement('button');
      next.type = 'button'; next.className = 'btn btn-sm btn-light'; next.textContent = '›'; next.setAttribute('aria-label', T.next);
      var title = document.createElement('span');
      title.className = 'fw-semibold'; title.setAttribute('aria-live', 'polite'); title.textContent = T.title(y - 1911, m + 1);
      prev.addEventListener('click', function () { shown = new Date(y, m - 1, 1); render(); });
      next.addEventListener('click', function () { shown = new Date(y, m + 1, 1); render(); });
      head.append(prev, title, next);
      panel.appendChild(head);
      var table = document.createElement('table');
      table.setAttribute('role', 'grid');
      table.setAttribute('aria-label', title.textContent);
      var tr = document.createElement('tr');
      T.days.forEach(function (d) { var th = document.createElement('th'); th.scope = 'col'; th.textContent = d; tr.appendChild(th); });
      table.appendChild(tr);
      var first = new Date(y, m, 1);
      var offset = (first.getDay() + 6) % 7;
      var days = new Date(y, m + 1, 0).getDate();
      var selected = parse(input.value);
      var target = focusDay || (selected && selected.getMonth() === m && selected.getFullYear() === y ? selected.getDate() : 1);
      tr = document.createElement('tr');
      for (var i = 0; i < offset; i++) { tr.appendChild(document.createElement('td')); }
      for (var day = 1; day <= days; day++) {
        if ((offset + day - 1) % 7 === 0 && day > 1) { table.appendChild(tr); tr = document.createElement('tr'); }
        var td = document.createElement('td');
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn btn-sm ' + (selected && +selected === +new Date(y, m, day) ? 'btn-primary' : 'btn-light');
        b.textContent = day;
        b.dataset.day = day;
        b.tabIndex = day === target ? 0 : -1;
        b.setAttribute('aria-label', format(new Date(y, m, day)));
        td.appendChild(b);
        tr.appendChild(td);
      }
      table.appendChild(tr);
      panel.appendChild(table);
      var focus = panel.querySelector('button[data-day="' + target + '"]');
      if (focusDay && focus) { focus.focus(); }
    }

    function open() {
      close();
      shown = parse(input.value) || new Date();
      shown = new Date(shown.getFullYear(), shown.getMonth(), 1);
      panel = document.createElement('div');
      panel.className = 'roc-picker';
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-label', T.open);
      panel.addEventListener('click', function (e) {
        var b = e.target.closest('button[data-day]');
        if (b) { pick(new Date(shown.getFullYear(), shown.getMonth(), +b.dataset.day)); }
      });
      panel.addEventListener('keydown', function (e) {
        var b = e.target.closest('button[data-day]');
        if (e.key === 'Escape') { e.preventDefault(); close(); button.focus(); return; }
        if (!b) { return; }
        var current = new Date(shown.getFullYear(), shown.getMonth(), +b.dataset.day);
        var moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
        if (moves[e.key] !== undefined) {
          current.setDate(current.getDate() + moves[e.key]);
        } else if (e.key === 'PageUp' || e.key === 'PageDown') {
          current = new Date(current.getFullYear(), current.getMonth() + (e.key === 'PageUp' ? -1 : 1), 1);
        } else { return; }
        e.preventDefault();
        shown = new Date(current.getFullYear(), current.getMonth(), 1);
        render(current.getDate());
      });
      wrap.style.position = 'relative';
      wrap.appendChild(panel);
      button.setAttribute('aria-expanded', 'true');
      render(parse(input.value) ? parse(input.value).getDate() : 1);
    }

    button.addEventListener('click', function () { if (panel) { close(); } else { open(); } });
    document.addEventListener('click', function (e) { if (panel && !wrap.contains(e.target)) { close(); } });
  }

  function init() { document.querySelectorAll('input[data-roc-date]').forEach(attach); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
