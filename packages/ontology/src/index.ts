// Public API of @policy-kg/ontology. Explicit named exports only (STYLE.md).
/** The persistent namespace of the policy-kg vocabulary. */
export const KG_NAMESPACE = 'https://w3id.org/policy-kg/ontology#';
