export type { Extractor, MentionBase, MentionKind } from './types.js';
