// Source Lens corpus report. Runs under a strict CSP; receives its data through postMessage and builds every node
// with createElement/textContent, so article text can never become markup or script.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');
  const SVG = 'http://www.w3.org/2000/svg';
  const PAGE = 200;
  // Scripts present before any data arrived (VS Code's webview bridge and this file): anything more came from data.
  const baselineScripts = document.scripts.length;
  let data = null;
  let state = Object.assign({ sort: {}, group: -1, shown: {} }, vscode.getState() || {});

  function save() {
    vscode.setState(state);
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const key of Object.keys(props)) {
        if (key === 'text') node.textContent = String(props[key]);
        else if (key === 'className') node.className = props[key];
        else node.setAttribute(key, String(props[key]));
      }
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const key of Object.keys(attrs || {})) node.setAttribute(key, String(attrs[key]));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function label(key) {
    return (data && data.labels && data.labels[key]) || key;
  }

  function open(ref) {
    if (ref && typeof ref.d === 'number') vscode.postMessage({ type: 'open', d: ref.d, start: ref.start, end: ref.end });
  }

  function docName(ref) {
    return data.docs[ref.d] || '';
  }

  /** The file name only, cut to fit the chart's label column. */
  function shortName(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name.length > 30 ? name.slice(0, 29) + '…' : name;
  }

  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b));
  }

  /** A sortable table; `columns` = [{ key, title, get(row), numeric }], clicking a row calls onRow(row). */
  function table(id, columns, rows, onRow) {
    const sort = state.sort[id] || { key: null, dir: 1 };
    const sorted = rows.slice();
    if (sort.key !== null) {
      const col = columns.find((c) => c.key === sort.key);
      if (col) sorted.sort((a, b) => sort.dir * compare(col.get(a), col.get(b)));
    }
    const head = el('tr', null, columns.map((col) => {
      const th = el('th', { scope: 'col', tabindex: '0', 'aria-sort': sort.key === col.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none' });
      th.textContent = col.title + (sort.key === col.key ? (sort.dir > 0 ? ' ▲' : ' ▼') : '');
      const toggle = () => {
        state.sort[id] = { key: col.key, dir: sort.key === col.key ? -sort.dir : col.numeric ? -1 : 1 };
        save();
        render();
      };
      th.addEventListener('click', toggle);
      th.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
      return th;
    }));
    const limit = state.shown[id] || PAGE;
    const body = el('tbody', null, sorted.slice(0, limit).map((row) => {
      const tr = el('tr', { tabindex: '0' }, columns.map((col) => el('td', { className: col.numeric ? 'num' : '', text: col.get(row) })));
      if (onRow) {
        tr.classList.add('clickable');
        tr.addEventListener('click', () => onRow(row));
        tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') onRow(row); });
      }
      return tr;
    }));
    const wrap = el('div', { className: 'table-wrap' }, [el('table', { id: `table-${id}`, 'data-rows': rows.length }, [el('thead', null, [head]), body])]);
    if (sorted.length > limit) {
      const more = el('button', { type: 'button', text: `${label('more')} (${sorted.length - limit})` });
      more.addEventListener('click', () => { state.shown[id] = limit + PAGE; save(); render(); });
      wrap.appendChild(more);
    }
    return wrap;
  }

  function section(id, title, count, content) {
    return el('section', { id: `section-${id}` }, [el('h2', { text: `${title} (${count})` }), count === 0 ? el('p', { className: 'muted', text: label('none') }) : content]);
  }

  function chart() {
    const groups = data.groups;
    const box = el('section', { id: 'section-chart' }, [el('h2', { text: label('chart') })]);
    if (!groups.length) {
      box.appendChild(el('p', { className: 'muted', text: label('chartEmpty') }));
      return box;
    }
    if (!(state.group >= 0 && state.group < groups.length)) state.group = 0;
    const select = el('select', { id: 'chart-group', 'aria-label': label('chartPick') });
    groups.forEach((g, i) => {
      const option = el('option', { value: i, text: `${g.label} (${g.values.length})` });
      if (i === state.group) option.selected = true;
      select.appendChild(option);
    });
    select.addEventListener('change', () => { state.group = Number(select.value); save(); render(); });
    box.appendChild(el('label', { className: 'pick' }, [el('span', { text: `${label('chartPick')}: ` }), select]));
    box.appendChild(dotPlot(groups[state.group]));
    return box;
  }

  /** One row per source: a dot for a figure, a bar for a range, on a shared axis; conflicting figures in red. */
  function dotPlot(group) {
    const rowH = 26;
    const left = 220;
    const width = 720;
    const right = 24;
    const top = 8;
    const values = group.values;
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) { min = Math.min(min, v.low, v.value); max = Math.max(max, v.high, v.value); }
    if (group.dimension !== 'date' && min > 0) min = 0;
    if (max === min) { max = max + 1; min = min - 1; }
    const x = (v) => left + ((v - min) / (max - min)) * (width - left - right);
    const height = top + values.length * rowH + 24;
    const plot = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': group.label, class: 'chart' });
    plot.appendChild(svg('line', { x1: left, x2: width - right, y1: height - 20, y2: height - 20, class: 'axis' }));
    if (group.dimension === 'date') {
      const month = (t) => new Date(t).toISOString().slice(0, 7);
      plot.appendChild(svg('text', { x: left, y: height - 4, class: 'value' }, month(min)));
      plot.appendChild(svg('text', { x: width - right, y: height - 4, 'text-anchor': 'end', class: 'value' }, month(max)));
    }
    values.forEach((v, i) => {
      const y = top + i * rowH + rowH / 2;
      const g = svg('g', { class: v.conflicting ? 'point conflicting' : 'point', tabindex: '0' });
      g.appendChild(svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'label' }, shortName(docName(v))));
      if (v.high > v.low) g.appendChild(svg('rect', { x: x(v.low), y: y - 4, width: Math.max(2, x(v.high) - x(v.low)), height: 8, rx: 3, class: 'range' }));
      g.appendChild(svg('circle', { cx: x(v.value), cy: y, r: 5, class: 'dot' }));
      // Labels of figures on the right half go to their left, so none runs off the chart.
      const onRight = x(v.value) > left + (width - left - right) * 0.6;
      g.appendChild(svg('text', onRight ? { x: x(v.low) - 10, y: y + 4, 'text-anchor': 'end', class: 'value' } : { x: x(v.high) + 10, y: y + 4, class: 'value' }, v.figure));
      g.appendChild(svg('title', {}, `${docName(v)}: ${v.figure}`));
      g.addEventListener('click', () => open(v));
      g.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(v); });
      plot.appendChild(g);
    });
    return plot;
  }

  function render() {
    if (!data) return;
    const s = data.stats;
    const children = [
      el('h1', { text: label('title') }),
      el('p', { className: 'summary', text: `${s.documents} ${label('documents')} · ${s.entities} ${label('entities')} · ${s.claims} ${label('claims')} · ${s.conflicts} ${label('conflicts')} · ${s.duplicates} ${label('duplicates')}` }),
    ];
    if (data.truncated.length) children.push(el('p', { className: 'muted', text: label('truncated').replace('{0}', data.truncated.join('; ')) }));
    children.push(chart());
    children.push(section('conflicts', label('conflicts'), data.conflicts.length, table('conflicts', [
      { key: 'subject', title: label('subject'), get: (r) => r.subject },
      { key: 'attribute', title: label('attribute'), get: (r) => r.attribute },
      { key: 'a', title: label('figure'), get: (r) => `${r.a.text} (${docName(r.a)})` },
      { key: 'b', title: label('figure'), get: (r) => `${r.b.text} (${docName(r.b)})` },
      { key: 'note', title: label('note'), get: (r) => r.note },
    ], data.conflicts, (r) => { if (r.group >= 0) { state.group = r.group; save(); render(); } open(r.a); })));
    children.push(section('claims', label('claims'), data.claims.length, table('claims', [
      { key: 'text', title: label('text'), get: (r) => r.text },
      { key: 'figure', title: label('figure'), get: (r) => r.figure },
      { key: 'subject', title: label('subject'), get: (r) => r.subject },
      { key: 'attribute', title: label('attribute'), get: (r) => r.attribute },
      { key: 'source', title: label('source'), get: (r) => docName(r) },
      { key: 'status', title: label('status'), get: (r) => [r.verified ? `✓ ${label('verified')}` : '', r.conflicts ? `${r.conflicts} ${label('conflicting')}` : ''].filter(Boolean).join(' · ') },
    ], data.claims, (r) => { if (r.group >= 0) { state.group = r.group; save(); render(); } open(r); })));
    children.push(section('entities', label('entities'), data.entities.length, table('entities', [
      { key: 'name', title: label('name'), get: (r) => r.name },
      { key: 'type', title: label('type'), get: (r) => r.type },
      { key: 'mentions', title: label('mentions'), get: (r) => r.mentions, numeric: true },
      { key: 'aliases', title: label('aliases'), get: (r) => r.aliases },
    ], data.entities, null)));
    children.push(section('duplicates', label('duplicates'), data.duplicates.length, table('duplicates', [
      { key: 'kind', title: label('kind'), get: (r) => r.kind },
      { key: 'similarity', title: label('similarity'), get: (r) => r.similarity, numeric: true },
      { key: 'a', title: label('passage'), get: (r) => `${docName(r.a)}: ${r.a.text}` },
      { key: 'b', title: label('copy'), get: (r) => `${docName(r.b)}: ${r.b.text}` },
    ], data.duplicates, (r) => open(r.a))));
    if (data.skipped.length) {
      children.push(section('skipped', label('skipped'), data.skipped.length, table('skipped', [
        { key: 'path', title: label('path'), get: (r) => r.path },
        { key: 'reason', title: label('reason'), get: (r) => r.reason },
      ], data.skipped, null)));
    }
    app.replaceChildren(...children);
    app.setAttribute('aria-busy', 'false');
  }

  function ping(id) {
    const rows = {};
    for (const t of document.querySelectorAll('table[data-rows]')) rows[t.id.replace(/^table-/, '')] = Number(t.getAttribute('data-rows'));
    let handlers = 0;
    for (const node of document.querySelectorAll('*')) for (const attr of node.attributes) if (/^on/i.test(attr.name)) handlers++;
    vscode.postMessage({
      type: 'pong',
      id,
      result: {
        rendered: data !== null,
        pwned: typeof window.__pwned !== 'undefined',
        scripts: document.scripts.length - baselineScripts,
        imgs: document.images.length,
        handlers,
        jsLinks: Array.from(document.querySelectorAll('a[href], [href], [src], [xlink\\:href]')).filter((n) => /^\s*javascript:/i.test(n.getAttribute('href') || n.getAttribute('src') || '')).length,
        iframes: document.querySelectorAll('iframe, object, embed').length,
        text: document.body.textContent || '',
        rows,
      },
    });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'data' && message.data && typeof message.data === 'object') {
      data = message.data;
      render();
    } else if (message.type === 'ping' && typeof message.id === 'number') {
      ping(message.id);
    }
  });

  app.textContent = '…';
  vscode.postMessage({ type: 'ready' });
})();
