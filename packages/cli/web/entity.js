import { api, entityLink, h, sourceLink, TYPE_NAMES } from './dom.js';
import { timelineChart } from './timeline.js';

/** An entity page: posts and statements of an official, people of an institution, a slogan's timeline. */
export async function renderEntity(view, iri) {
  const e = await api('/api/entity', { iri });
  view.append(
    h('h1', { id: 'entity-title' }, e.label),
    h(
      'p',
      {},
      e.types.map((t) => h('span', { class: 'type' }, TYPE_NAMES[t] ?? t)),
      ' ',
      h('code', { class: 'muted' }, e.iri),
    ),
    h('p', {}, h('a', { href: `#/?iri=${encodeURIComponent(e.iri)}` }, '在图谱中查看')),
  );
  if (e.posts) {
    view.append(
      h('h2', {}, '任职（按时间）'),
      e.posts.length === 0
        ? h('p', { class: 'muted' }, '无')
        : h(
            'table',
            { id: 'posts' },
            h('tr', {}, h('th', {}, '日期'), h('th', {}, '职务'), h('th', {}, '机构'), h('th', {}, '来源')),
            e.posts.map((p) =>
              h(
                'tr',
                {},
                h('td', {}, p.date ?? ''),
                h('td', {}, p.title),
                h('td', {}, p.org ? entityLink(p.org, p.orgLabel) : ''),
                h('td', {}, p.docTitle ?? ''),
              ),
            ),
          ),
    );
  }
  if (e.statements) {
    view.append(
      h('h2', {}, `讲话（${e.statements.length}）`),
      h(
        'div',
        { id: 'statements' },
        e.statements.map((s) =>
          h(
            'div',
            { class: 'statement' },
            h('div', { class: 'meta' }, [s.date, s.meetingName ?? s.docTitle, s.verb].filter(Boolean).join(' · ')),
            h('blockquote', {}, s.text),
            s.doc && s.start !== undefined ? sourceLink(s.doc, s.start, s.end) : null,
          ),
        ),
      ),
    );
  }
  if (e.people) {
    view.append(
      h('h2', {}, '人员'),
      h(
        'table',
        { id: 'people' },
        h('tr', {}, h('th', {}, '姓名'), h('th', {}, '职务'), h('th', {}, '日期')),
        e.people.map((p) =>
          h('tr', {}, h('td', {}, entityLink(p.person, p.name)), h('td', {}, p.title ?? ''), h('td', {}, p.date ?? '')),
        ),
      ),
    );
  }
  if (e.timeline) view.append(h('h2', {}, '时间线（地区 × 年份）'), timelineChart(e.timeline));
  if (e.properties.length > 0) {
    view.append(
      h('h2', {}, '属性'),
      h(
        'table',
        {},
        e.properties.map((p) => h('tr', {}, h('th', {}, p.property), h('td', {}, p.value))),
      ),
    );
  }
}
