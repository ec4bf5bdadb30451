/** Options of {@link serviceDescription}. */
export interface ServiceDescriptionOptions {
  /** The endpoint IRI (`sd:endpoint`). */
  endpoint: string;
  /** Extension function IRIs. */
  functions?: Iterable<string>;
  /** Property function IRIs. */
  propertyFunctions?: Iterable<string>;
}

const SD = 'http://www.w3.org/ns/sparql-service-description#';

/**
 * A SPARQL 1.1 Service Description (Turtle, `sd:` vocabulary) advertising the
 * supported language, result formats and extension functions.
 *
 * @example
 * ```ts
 * serviceDescription({ endpoint: 'http://127.0.0.1:3000/sparql', ...engine.extensionIris() });
 * ```
 */
export function serviceDescription(options: ServiceDescriptionOptions): string {
  const iri = (s: string): string => `<${s.replace(/[<>"{}|^`\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}>`;
  const lines = [
    `@prefix sd: <${SD}> .`,
    '@prefix kgsd: <https://policy-kg.org/ns/service#> .',
    '',
    '[] a sd:Service ;',
    `  sd:endpoint ${iri(options.endpoint)} ;`,
    '  sd:supportedLanguage sd:SPARQL11Query ;',
    '  sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>,',
    '    <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,',
    '    <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/N-Triples> ;',
    '  sd:feature sd:BasicFederatedQuery',
  ];
  lines.pop();
  lines.push('  sd:feature sd:EmptyGraphs');
  for (const f of options.functions ?? []) lines[lines.length - 1] += ` ;\n  sd:extensionFunction ${iri(f)}`;
  for (const f of options.propertyFunctions ?? []) lines[lines.length - 1] += ` ;\n  sd:extensionFunction ${iri(f)}`;
  lines[lines.length - 1] += ' .';
  const typed = [...(options.functions ?? [])].map((f) => `${iri(f)} a sd:Function .`);
  const props = [...(options.propertyFunctions ?? [])].map((f) => `${iri(f)} a sd:Function, kgsd:PropertyFunction .`);
  return `${[...lines, '', ...typed, ...props].join('\n')}\n`;
}
