// The SQL console page: runs the query through POST /api/sql with the page's CSRF token, shows the rows (and clears
// them on an error, labelled by its kind), cancels a running query (POST /api/sql/{id}/cancel), downloads the result as
// CSV or Parquet, draws two of its columns (POST /api/sql/chart), inserts names from the schema panel, and keeps the
// user's history and saved queries (/api/sql/history, /api/sql/saved). No inline script: the Content-Security-Policy
// forbids it.
(function () {
  'use strict';

  const page = document.getElementById('sql-console');
  const form = document.getElementById('sql-form');
  const text = document.getElementById('sql-text');
  const run = document.getElementById('sql-run');
  const cancel = document.getElementById('sql-cancel');
  const status = document.getElementById('sql-status');
  const error = document.getElementById('sql-error');
  const table = document.getElementById('sql-result');
  const chartForm = document.getElementById('sql-chart-form');
  const chartX = document.getElementById('sql-chart-x');
  const chartY = document.getElementById('sql-chart-y');
  const chartKind = document.getElementById('sql-chart-kind');
  const chartFigure = document.getElementById('sql-chart-figure');
  const chartImage = document.getElementById('sql-chart');
  const NUMERIC = /^(tinyint|smallint|int|bigint|float|double|decimal)/;
  let running = null;
  let lastSql = null;

  function csrfHeaders() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function newQueryId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    return 'q-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
  }

  function post(path, queryId, sql) {
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: csrfHeaders(),
      body: JSON.stringify({ sql: sql === undefined ? text.value : sql, queryId: queryId })
    });
  }

  function clearResult() {
    table.replaceChildren();
    chartForm.hidden = true;
    chartFigure.hidden = true;
    chartImage.removeAttribute('src');
  }

  function fillChoices(result) {
    chartX.replaceChildren();
    chartY.replaceChildren();
    result.columns.forEach(function (column) {
      chartX.add(new Option(column.name, column.name));
      if (NUMERIC.test(column.type)) {
        chartY.add(new Option(column.name, column.name));
      }
    });
    if (chartY.options.length > 0 && chartX.options.length > 1) {
      const firstNumeric = chartY.options[chartY.options.length - 1].value;
      chartY.value = firstNumeric;
      const label = result.columns.find(function (column) { return column.name !== firstNumeric; });
      chartX.value = label ? label.name : chartX.options[0].value;
    }
    chartForm.hidden = chartY.options.length === 0 || result.rows.length === 0;
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = false;
  }

  function cellText(value) {
    if (value === null || value === undefined) {
      return '';
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }

  function render(result) {
    clearResult();
    const head = table.createTHead().insertRow();
    result.columns.forEach(function (column) {
      const th = document.createElement('th');
      th.textContent = column.name;
      th.title = column.type;
      head.appendChild(th);
    });
    const body = table.createTBody();
    result.rows.forEach(function (row) {
      const tr = body.insertRow();
      row.forEach(function (value) {
        tr.insertCell().textContent = cellText(value);
      });
    });
    let line = page.dataset.done.replace('{0}', result.rowCount).replace('{1}', result.elapsedMillis);
    if (result.truncated) {
      line += ' ' + page.dataset.truncated;
    }
    status.textContent = line;
    status.classList.toggle('truncated', result.truncated);
    fillChoices(result);
  }

  async function readError(response) {
    try {
      const body = await response.json();
      return { message: body.error || response.statusText, kind: body.kind || (response.status === 409 ? 'cancelled' : 'refused') };
    } catch (ignored) {
      return { message: response.status + ' ' + response.statusText, kind: 'failed' };
    }
  }

  function label(kind) {
    const labels = { syntax: page.dataset.syntax, 'unknown-name': page.dataset.unknownName, refused: page.dataset.refused,
      invalid: page.dataset.invalid, failed: page.dataset.failed, cancelled: page.dataset.cancelled };
    return labels[kind] || page.dataset.failed;
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    if (running) {
      return;
    }
    running = newQueryId();
    error.hidden = true;
    status.textContent = page.dataset.running;
    status.classList.remove('truncated');
    run.disabled = true;
    cancel.disabled = false;
    try {
      lastSql = text.value;
      const response = await post('api/sql', running, lastSql);
      if (response.ok) {
        render(await response.json());
      } else {
        // The rows of the previous query would read as this query's: clear them.
        clearResult();
        const problem = await readError(response);
        status.textContent = label(problem.kind);
        showError(problem.message);
      }
    } catch (failure) {
      clearResult();
      showError(String(failure));
    } finally {
      running = null;
      run.disabled = false;
      cancel.disabled = true;
      refreshLibrary();
    }
  });

  cancel.addEventListener('click', async function () {
    if (running) {
      await fetch('api/sql/' + encodeURIComponent(running) + '/cancel', { method: 'POST', credentials: 'same-origin', headers: csrfHeaders() });
    }
  });

  async function download(kind) {
    error.hidden = true;
    const response = await post('api/sql/' + kind, newQueryId());
    if (!response.ok) {
      showError((await readError(response)).message);
      return;
    }
    saveBlob(response, kind);
  }

  async function saveBlob(response, kind) {
    const blob = await response.blob();
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename="?([^";]+)"?/.exec(disposition);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = match ? match[1] : 'longitude-query.' + kind;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  document.getElementById('sql-csv').addEventListener('click', function () { download('csv'); });
  document.getElementById('sql-parquet').addEventListener('click', function () { download('parquet'); });

  function chartPath(format) {
    return 'api/sql/chart?kind=' + encodeURIComponent(chartKind.value) + '&x=' + encodeURIComponent(chartX.value)
      + '&y=' + encodeURIComponent(chartY.value) + '&format=' + format;
  }

  chartForm.addEventListener('submit', async function (event) {
    event.preventDefault();
    error.hidden = true;
    const response = await post(chartPath('png'), newQueryId(), lastSql || text.value);
    if (!response.ok) {
      showError((await readError(response)).message);
      return;
    }
    // A data: URL: the Content-Security-Policy allows images from 'self' and data:, not blob:.
    const reader = new FileReader();
    reader.onload = function () {
      chartImage.src = reader.result;
      chartFigure.hidden = false;
    };
    reader.readAsDataURL(await response.blob());
  });

  ['png', 'svg'].forEach(function (format) {
    document.getElementById('sql-chart-' + format).addEventListener('click', async function () {
      error.hidden = true;
      const response = await post(chartPath(format), newQueryId(), lastSql || text.value);
      if (!response.ok) {
        showError((await readError(response)).message);
        return;
      }
      saveBlob(response, format);
    });
  });

  function insertAtCursor(name) {
    const start = text.selectionStart;
    const end = text.selectionEnd;
    text.value = text.value.slice(0, start) + name + text.value.slice(end);
    text.focus();
    text.selectionStart = text.selectionEnd = start + name.length;
  }

  document.getElementById('sql-schema').addEventListener('click', function (event) {
    const insert = event.target.closest('button.sql-insert');
    if (insert) {
      event.preventDefault();
      insertAtCursor(insert.dataset.insert);
      return;
    }
    const load = event.target.closest('button.sql-load');
    if (load) {
      text.value = load.dataset.sql;
      text.focus();
      return;
    }
    const remove = event.target.closest('button.sql-delete');
    if (remove) {
      fetch('api/sql/saved/' + encodeURIComponent(remove.dataset.name), { method: 'DELETE', credentials: 'same-origin', headers: csrfHeaders() })
        .then(refreshLibrary);
    }
  });

  function listItems(list, items, empty, make) {
    list.replaceChildren();
    if (items.length === 0) {
      const li = document.createElement('li');
      li.className = 'sql-hint';
      li.textContent = empty;
      list.appendChild(li);
      return;
    }
    items.forEach(function (item) {
      const li = document.createElement('li');
      make(item).forEach(function (child) { li.appendChild(child); });
      list.appendChild(li);
    });
  }

  function loadButton(label, sql, failed) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sql-load' + (failed ? ' sql-failed' : '');
    button.dataset.sql = sql;
    button.textContent = label.length > 80 ? label.slice(0, 77) + '...' : label;
    return button;
  }

  async function refreshLibrary() {
    try {
      const [history, saved] = await Promise.all([
        fetch('api/sql/history', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); }),
        fetch('api/sql/saved', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); })
      ]);
      listItems(document.getElementById('sql-history'), history.history, page.dataset.historyNone, function (run) {
        return [loadButton(run.sql, run.sql, run.outcome !== 'ok')];
      });
      listItems(document.getElementById('sql-saved'), saved.saved, page.dataset.savedNone, function (query) {
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'sql-delete';
        remove.dataset.name = query.name;
        remove.textContent = page.dataset.delete;
        return [loadButton(query.name, query.sql, false), remove];
      });
    } catch (ignored) {
      // The lists stay as they were; the next run tries again.
    }
  }

  document.getElementById('sql-save').addEventListener('click', async function () {
    const name = document.getElementById('sql-save-name');
    error.hidden = true;
    const response = await fetch('api/sql/saved', { method: 'POST', credentials: 'same-origin', headers: csrfHeaders(),
      body: JSON.stringify({ name: name.value, sql: text.value }) });
    if (!response.ok) {
      showError((await readError(response)).message);
      return;
    }
    status.textContent = page.dataset.saved;
    name.value = '';
    refreshLibrary();
  });
}());
