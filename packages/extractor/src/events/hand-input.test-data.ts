/**
 * Builds an EventInput by hand for unit tests: paragraphs of sentences and the mentions to
 * place on them (every whole-word occurrence of each surface form), so tests read like text.
 */
import type { Entity, EntityType } from '@kg/model';
import type { Sentence } from '../sentences';
import type { EventInput, ResolvedMention } from './event-input';

export interface HandMention {
  readonly surface: string;
  readonly id: string;
  readonly type: EntityType;
  readonly via?: ResolvedMention['via'];
}

export function handInput(paragraphs: readonly (readonly string[])[], mentions: readonly HandMention[], published: string | null = '2017-11-23'): EventInput {
  const sentences: Sentence[] = [];
  let text = '';
  paragraphs.forEach((sentencesOfParagraph, paragraph) => {
    if (paragraph > 0) text += '\n\n';
    sentencesOfParagraph.forEach((s, k) => {
      if (k > 0) text += ' ';
      sentences.push({ index: sentences.length, start: text.length, end: text.length + s.length, text: s, paragraph });
      text += s;
    });
  });
  const placed: ResolvedMention[] = [];
  const entities = new Map<string, Entity>();
  for (const m of mentions) {
    entities.set(m.id, { id: m.id, name: m.surface, type: m.type, aliases: [m.surface] });
    const re = new RegExp(`(?<![\\p{L}])${m.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const hit of text.matchAll(re)) {
      const start = hit.index ?? 0;
      const sentence = sentences.find((s) => s.start <= start && start < s.end)!;
      placed.push({ entityId: m.id, type: m.type, text: m.surface, start, end: start + m.surface.length, sentenceIndex: sentence.index, via: m.via ?? 'name' });
    }
  }
  placed.sort((a, b) => a.start - b.start);
  return { documentId: 'doc1', file: 'hand.txt', text, published, sentences, mentions: placed, entities };
}
