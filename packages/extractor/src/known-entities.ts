/**
 * Registry of entities known before the current article, indexed by the keys resolve.ts
 * matches on: folded alias, person surname, transliteration key. Mutable by design: it is the
 * one piece of state carried from article to article (see rememberEntities).
 */
import type { Entity, EntityType } from '@kg/model';
import { arabicKey, foldName, keyStrength, nameWords } from './text-keys';

export interface KnownEntities {
  readonly byId: Map<string, Entity>;
  readonly byAlias: Map<string, string>;
  readonly bySurname: Map<string, string[]>;
  readonly byArabicKey: Map<string, string>;
}

export const aliasKey = (type: EntityType, text: string) => `${type}|${foldName(text)}`;
export const arabicAliasKey = (type: EntityType, text: string) => `${type}|${arabicKey(text)}`;

export function createKnownEntities(): KnownEntities {
  return { byId: new Map(), byAlias: new Map(), bySurname: new Map(), byArabicKey: new Map() };
}

export function surnameOf(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? '';
}

export function rememberEntity(known: KnownEntities, entity: Entity): void {
  const prev = known.byId.get(entity.id);
  const aliases = [...new Set([...(prev?.aliases ?? []), entity.name, ...entity.aliases])];
  known.byId.set(entity.id, { ...(prev ?? entity), aliases, geo: prev?.geo ?? entity.geo });
  for (const a of aliases) {
    known.byAlias.set(aliasKey(entity.type, a), entity.id);
    const ak = arabicKey(a);
    if (entity.type !== 'PERSON' && keyStrength(ak) >= 3) known.byArabicKey.set(`${entity.type}|${ak}`, entity.id);
  }
  if (entity.type === 'PERSON' && nameWords(entity.name).length >= 1) {
    const s = surnameOf(entity.name);
    const ids = known.bySurname.get(s) ?? [];
    if (!ids.includes(entity.id)) ids.push(entity.id);
    known.bySurname.set(s, ids);
  }
}
