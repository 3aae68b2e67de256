/** DocumentResult[] → the `extract --json` contract of the shared eval GUIDELINES. */
import type { ContractDocument, ContractEvent, DocumentResult, ExtractionOutput } from '@kg/model';

function toDocument(r: DocumentResult): ContractDocument {
  return {
    file: r.file,
    title: r.title,
    published: r.published,
    entities: r.entities.map(({ entity, mentions }) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      mentions: [...new Set(mentions.map((m) => m.text))],
      ...(entity.geo !== undefined ? { geo: entity.geo } : {}),
    })),
    events: r.events.map((e): ContractEvent => ({
      id: e.id,
      type: e.type,
      agents: e.agents,
      targets: e.targets,
      location: e.location,
      date: e.date,
      sentence: e.provenance.sentence,
      trigger: e.trigger,
      quadClass: e.quadClass,
      confidence: e.confidence,
      dateSource: e.dateSource,
      start: e.provenance.start,
      end: e.provenance.end,
    })),
    ...(r.affiliations.length ? { affiliations: r.affiliations } : {}),
  };
}

export function toContract(results: readonly DocumentResult[]): ExtractionOutput {
  return { documents: results.map(toDocument) };
}
