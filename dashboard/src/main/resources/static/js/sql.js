// The SQL console page: runs the query through POST /api/sql with the page's CSRF token, shows the rows, cancels a
// running query (POST /api/sql/{id}/cancel) and downloads the result as CSV or Parquet. No inline script: the
// Content-Security-Policy forbids it.
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
  let running = null;

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

  function post(path, queryId) {
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: csrfHeaders(),
      body: JSON.stringify({ sql: text.value, queryId: queryId })
    });
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
    table.replaceChildren();
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
  }

  async function readError(response) {
    try {
      const body = await response.json();
      return body.error || response.statusText;
    } catch (ignored) {
      return response.status + ' ' + response.statusText;
    }
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
      const response = await post('api/sql', running);
      if (response.ok) {
        render(await response.json());
      } else {
        status.textContent = response.status === 409 ? page.dataset.cancelled : page.dataset.refused;
        showError(await readError(response));
      }
    } catch (failure) {
      showError(String(failure));
    } finally {
      running = null;
      run.disabled = false;
      cancel.disabled = true;
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
      showError(await readError(response));
      return;
    }
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
}());
