/**
 * The whole pure pipeline for one article: meta → clean → sentences → candidates → resolve →
 * events. Every offset in the result indexes `raw.text`, the original article.
 */
import type { DocumentEntity, DocumentResult, Entity, EntityId, RawArticle } from '@kg/model';
import { readPublished, readTitle } from './article-meta';
import type { Candidate } from './candidate';
import { cleanText } from './clean';
import type { ExtractContext } from './context';
import { documentIdFor } from './document-id';
import type { EventInput } from './events/event-input';
import { extractEvents } from './events/extract-events';
import { findCandidates, isTitleCase } from './mentions';
import { sharedCommonWords } from './common-words';
import { midSentenceCapitals, type OpenerKnowledge } from './sentence-openers';
import { resolveEntities } from './resolve-entities';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

export function extractDocument(raw: RawArticle, ctx: ExtractContext): DocumentResult {
  const text = raw.text;
  const documentId = documentIdFor(text);
  const title = raw.title?.trim() || readTitle(text) || raw.file;
  const published = readPublished(text) ?? raw.published ?? null;
  const warnings: string[] = [];
  if (!published) warnings.push(`${raw.file}: no publication date found (dateline, front matter or --published); relative dates stay unknown`);

  const cleaned = cleanText(text);
  const sentences = splitSentences(cleaned.text, text);
  const candidates: Candidate[] = [];
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const openers: OpenerKnowledge = {
    commonWords: sharedCommonWords(),
    midCapitals: midSentenceCapitals(tokens, isTitleCase),
    personNames: (w) => ctx.names.firstNames.has(w) || ctx.names.lastNames.has(w),
  };
  sentences.forEach((s, k) => candidates.push(...findCandidates(ctx, s, tokens[k]!, openers)));
  const resolved = resolveEntities(ctx, candidates);
  warnings.push(...resolved.warnings.map((w) => `${raw.file}: ${w}`));

  const entityMap = new Map<EntityId, Entity>();
  for (const e of resolved.implied) entityMap.set(e.id, e);
  for (const d of resolved.entities) entityMap.set(d.entity.id, d.entity);
  const input: EventInput = { documentId, file: raw.file, text, published, sentences, mentions: resolved.mentions, entities: entityMap, tokens };
  const events = extractEvents(input);

  // An entity only a demonym stands for is listed when an event or an affiliation names it.
  const used = new Set<EntityId>();
  for (const ev of events) for (const id of [...ev.agents, ...ev.targets, ...(ev.location ? [ev.location] : [])]) used.add(id);
  for (const a of resolved.affiliations) used.add(a.actor);
  const entities: DocumentEntity[] = [...resolved.entities];
  for (const e of resolved.implied) if (used.has(e.id)) entities.push({ entity: e, mentions: [] });
  const listed = new Set(entities.map((d) => d.entity.id));
  const eventsKept = events.filter((ev) => [...ev.agents, ...ev.targets, ...(ev.location ? [ev.location] : [])].every((id) => listed.has(id)));

  return { documentId, file: raw.file, title, published, text, entities, events: eventsKept, affiliations: resolved.affiliations, warnings };
}
