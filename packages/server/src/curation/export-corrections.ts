/**
 * Corrections in the extraction contract (shared eval GUIDELINES.md): one document per
 * corrected article, its corrected and added events (rejected ones left out, listed under
 * `rejected`), and the entities they name — so an analyst's corrections can become gold.
 */
import type { Driver } from 'neo4j-driver';
import { LABEL, REL, type ContractDocument, type ContractEntity, type ContractEvent, type EventCorrectionFields, type ExtractionOutput } from '@kg/model';
import { overrideFromNode } from '@kg/extractor';

const READ = `
MATCH (o:${LABEL.Override})
UNWIND o.documentIds AS documentId
MATCH (d:${LABEL.Document} {id: documentId})
WITH d, collect(o {.eventId, .keys, .fields, .added, .sentence, .sentenceIndex, .author, .note}) AS overrides
RETURN d.id AS documentId, d.file AS file, d.title AS title, d.published AS published, d.text AS text, overrides`;

const ENTITIES = `
UNWIND $ids AS id
MATCH (n:${LABEL.Entity} {id: id})
RETURN n.id AS id, n.name AS name, n.type AS type, coalesce(n.aliases, [n.name]) AS aliases`;

export async function exportCorrections(driver: Driver): Promise<ExtractionOutput & { rejected: string[] }> {
  const { records } = await driver.executeQuery(READ, {}, { routing: 'READ' });
  const documents: ContractDocument[] = [];
  const rejected: string[] = [];
  const wanted = new Set<string>();
  const drafts = records.map((r) => {
    const text = r.get('text') as string;
    const events: ContractEvent[] = [];
    for (const raw of r.get('overrides') as Parameters<typeof overrideFromNode>[0][]) {
      const o = overrideFromNode(raw);
      const f: EventCorrectionFields = o.fields;
      if (f.rejected) {
        rejected.push(o.eventId);
        continue;
      }
      const key = o.keys.find((k) => k.documentId === r.get('documentId')) ?? o.keys[0]!;
      for (const id of [...(f.agents ?? []), ...(f.targets ?? []), ...(f.location ? [f.location] : [])]) wanted.add(id);
      events.push({
        id: o.eventId, type: f.type ?? '', agents: f.agents ?? [], targets: f.targets ?? [], location: f.location ?? null, date: f.date ?? null,
        sentence: text.slice(key.start, key.end), trigger: key.trigger, start: key.start, end: key.end, curatedBy: o.author, added: o.added,
      });
    }
    return { file: r.get('file') as string, title: r.get('title') as string, published: (r.get('published') as string | null) ?? null, events };
  });
  const found = await driver.executeQuery(ENTITIES, { ids: [...wanted] }, { routing: 'READ' });
  const entities = new Map(found.records.map((r) => [r.get('id') as string, {
    id: r.get('id'), name: r.get('name'), type: r.get('type'), mentions: r.get('aliases'),
  } as ContractEntity]));
  for (const draft of drafts) {
    const named = new Set(draft.events.flatMap((e) => [...e.agents, ...e.targets, ...(e.location ? [e.location] : [])]));
    documents.push({ ...draft, entities: [...named].flatMap((id) => entities.get(id) ?? []) });
  }
  return { documents, rejected };
}
