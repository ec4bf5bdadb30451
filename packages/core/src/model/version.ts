/** Version of @policy-kg/core, recorded as `kg:toolVersion` on extraction activities (a test checks package.json). */
export const LIBRARY_VERSION = '0.1.0';
