// Deterministic policy-shaped RDF for the remote-store tests and benchmark: per-document
// named graphs with Chinese literals (@zh-Hans), xsd:date / xsd:dateTime / xsd:decimal values.
import { createHash } from 'node:crypto';
import { seededRandom } from '@policy-kg/core';
import { DCTERMS, ID, KG, PROV, RDF, SCHEMA, XSD } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';

const { namedNode, literal, quad } = DataFactory;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['建国', '晓明', '海燕', '志强', '丽华', '文博', '新民', '卫东'];
const TOPICS = ['健康', '教育', '就业', '生态', '科技', '乡村振兴', '养老', '医疗保障'];
const ACTS = ['关于推进', '关于加强', '关于印发', '关于做好'];
const KINDS = ['工作的通知', '的实施意见', '三年行动计划', '工作方案'];
const VERBS = ['强调', '指出', '表示', '要求'];

/** One generated document: its named graph, quads (graph component set) and content sha256. */
export interface GeneratedDoc {
  graph: string;
  quads: Quad[];
  hash: string;
}

/** Options of {@link generateDocs}. */
export interface GenerateOptions {
  documents: number;
  /** Statements per document (about 5 triples each). Default 8. */
  statements?: number;
  seed?: number;
  /** Suffix added to every title: a "new version" of the same documents. */
  revision?: string;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/**
 * Generates `documents` per-document graphs. Persons are shared across documents
 * (same IRI, different graphs), so joins across graphs are meaningful.
 */
export function generateDocs(options: GenerateOptions): GeneratedDoc[] {
  const r = seededRandom(options.seed ?? 7);
  const docs: GeneratedDoc[] = [];
  const people = SURNAMES.flatMap((s, i) => GIVEN.map((g, j) => ({ iri: `${ID.official}p${i}-${j}`, name: s + g })));
  for (let d = 0; d < options.documents; d++) {
    const g = namedNode(`${ID.graph}doc-${d}`);
    const doc = namedNode(`${ID.document}doc-${d}`);
    const topic = pick(r, TOPICS);
    const title = `${pick(r, ACTS)}${topic}${pick(r, KINDS)}${options.revision ?? ''}`;
    const year = 2015 + Math.floor(r() * 10);
    const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const q: Quad[] = [
      quad(doc, namedNode(RDF.type), namedNode(SCHEMA.Report), g),
      quad(doc, namedNode(DCTERMS.title), literal(title, 'zh-Hans'), g),
      quad(doc, namedNode(SCHEMA.datePublished), literal(date, namedNode(XSD.date)), g),
      quad(doc, namedNode(KG.title), literal(topic), g),
    ];
    const n = options.statements ?? 8;
    for (let s = 0; s < n; s++) {
      const stmt = namedNode(`${ID.statement}doc-${d}-${s}`);
      const who = pick(r, people);
      const text = `${pick(r, VERBS)}，要坚持把${pick(r, TOPICS)}放在突出位置，${s + 1}年内完成${Math.floor(r() * 90 + 10)}%的目标任务。`;
      q.push(
        quad(stmt, namedNode(RDF.type), namedNode(SCHEMA.Quotation), g),
        quad(stmt, namedNode(KG.speaker), namedNode(who.iri), g),
        quad(stmt, namedNode(SCHEMA.text), literal(text, 'zh-Hans'), g),
        quad(stmt, namedNode(SCHEMA.isBasedOn), doc, g),
        quad(stmt, namedNode(PROV.generatedAtTime), literal(`${date}T09:30:00+08:00`, namedNode(XSD.dateTime)), g),
        quad(namedNode(who.iri), namedNode(SCHEMA.name), literal(who.name, 'zh-Hans'), g),
      );
      if (s % 3 === 0) {
        q.push(quad(stmt, namedNode(KG.value), literal((r() * 1000).toFixed(1), namedNode(XSD.decimal)), g));
      }
    }
    const nt = new Writer({ format: 'N-Triples' }).quadsToString(q.map((x) => quad(x.subject, x.predicate, x.object)));
    docs.push({ graph: g.value, quads: q, hash: createHash('sha256').update(nt).digest('hex') });
  }
  return docs;
}

/** A single big graph of `triples` triples (for chunked upload), lazily generated. */
export function* bigGraph(graph: string, triples: number): Generator<Quad> {
  const g = namedNode(graph);
  for (let i = 0; i < triples; i++) {
    const s = namedNode(`${ID.statement}big-${Math.floor(i / 4)}`);
    switch (i % 4) {
      case 0:
        yield quad(s, namedNode(RDF.type), namedNode(SCHEMA.Quotation), g);
        break;
      case 1:
        yield quad(
          s,
          namedNode(SCHEMA.text),
          literal(`第${i}条：推进${TOPICS[i % TOPICS.length]}高质量发展`, 'zh-Hans'),
          g,
        );
        break;
      case 2:
        yield quad(
          s,
          namedNode(KG.effectiveDate),
          literal(`20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, namedNode(XSD.date)),
          g,
        );
        break;
      default:
        yield quad(s, namedNode(KG.textIndex), literal(String(i), namedNode(XSD.integer)), g);
    }
  }
}
