// Architecture rules (STYLE.md): ontology ← core ← cli; inside core a stage
// imports only from stages to its left, and only through their index.ts.
const STAGES = ['normalize', 'segment', 'extract', 'link', 'model', 'store', 'query'];
const core = 'packages/core/src';

const stageRules = STAGES.map((stage, i) => ({
  name: `stage-order-${stage}`,
  comment: `${stage}/ may import only from stages to its left: ${STAGES.slice(0, i).join(', ') || 'none'}`,
  severity: 'error',
  from: { path: `^${core}/${stage}/` },
  to: { path: `^${core}/(${STAGES.slice(i + 1).join('|') || '__none__'}|search|reason)/` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'ontology-imports-no-workspace',
      severity: 'error',
      from: { path: '^packages/ontology/' },
      to: { path: '^packages/(core|cli)/' },
    },
    {
      name: 'core-imports-no-cli',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^packages/cli/' },
    },
    ...stageRules,
    {
      name: 'remote-sits-with-store',
      comment:
        'remote/ (SPARQL servers) builds on the stages up to model/; query/ may use it, it never uses query/ or search/',
      severity: 'error',
      from: { path: `^${core}/remote/` },
      to: { path: `^${core}/(store|query|search|reason)/` },
    },
    {
      name: 'only-query-imports-remote',
      comment: 'stages left of query/ (store/ included) and search/ never talk to a SPARQL server',
      severity: 'error',
      from: { path: `^${core}/(${STAGES.slice(0, -1).join('|')}|search)/` },
      to: { path: `^${core}/remote/` },
    },
    {
      name: 'search-uses-only-model',
      comment: 'search/ sees the graph only through model/ (and the stages model builds on)',
      severity: 'error',
      from: { path: `^${core}/search/` },
      to: { path: `^${core}/(link|store|query)/` },
    },
    {
      name: 'query-never-imports-search',
      comment: 'vector search registers through query/functions instead',
      severity: 'error',
      from: { path: `^${core}/query/` },
      to: { path: `^${core}/search/` },
    },
    {
      name: 'reason-sits-right-of-query',
      comment:
        'reason/ (RDFS/OWL RL, derived facts) uses query/, store/, model/ and the stages before them; search/ and remote/ never see it',
      severity: 'error',
      from: { path: `^${core}/(search|remote)/` },
      to: { path: `^${core}/reason/` },
    },
    {
      name: 'no-deep-stage-imports',
      comment: 'import another stage through its index.ts',
      severity: 'error',
      from: { path: `^${core}/([^/]+)/` },
      to: {
        path: `^${core}/([^/]+)/.+`,
        pathNot: [`^${core}/$1/`, `^${core}/[^/]+/index\\.ts$`],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
  },
};
