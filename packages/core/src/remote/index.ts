// Public API of remote/: push to and query a SPARQL 1.1 server (Protocol + Graph Store Protocol).
export { type DigestChallenge, digestAuthorization, parseDigestChallenge } from './digest.js';
export { RemoteError, type RemoteErrorCode } from './errors.js';
export { HttpClient, type HttpClientOptions, type HttpRequest, type RemoteCredentials } from './http.js';
export {
  MANIFEST_GRAPH,
  type ManifestChange,
  manifestUpdate,
  type PushManifest,
  type PushPlan,
  planPush,
  readRemoteManifest,
} from './manifest.js';
export {
  deleteDocumentGraph,
  type PushGraph,
  type PushOptions,
  type PushProgress,
  type PushReport,
  pushGraphs,
  replaceGraph,
} from './push.js';
export {
  type QueryForm,
  queryForm,
  RemoteBindings,
  type RemoteQueryContext,
  type RemoteQueryResult,
  RemoteQuerySource,
  type RemoteResultStream,
} from './query-source.js';
export { parseSelectJson, type SelectResult } from './results.js';
export { checkLiteral, ntriplesChunks } from './serialize.js';
export {
  createRemoteTarget,
  type PutGraphResult,
  type RemoteQueryOptions,
  RemoteTarget,
  type RemoteTargetOptions,
} from './target.js';
