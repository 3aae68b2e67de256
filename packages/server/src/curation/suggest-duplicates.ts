/**
 * The suggestions queue, pure: pairs of entities of one type whose names share a folded key
 * or a transliteration key (the extractor's text-keys: Ras al-Ayn = Ras al-Ain, Deir ez-Zor =
 * Deir al-Zour), with the evidence a person needs to decide — the keys, shared affiliations,
 * shared event partners, and how often each is mentioned. The more-mentioned one is proposed
 * as the entity to keep.
 */
import { arabicKey, foldName, keyStrength } from '@kg/extractor';
import type { EntityType } from '@kg/model';

export interface EntityProfile {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly affiliations: readonly string[];
  /** Entities this one shares an event with. */
  readonly partners: readonly string[];
}

export interface DuplicateSuggestion {
  /** `a|b` with a < b: the key a dismissal is stored under. */
  readonly key: string;
  /** The entity proposed to merge away, and the one to keep. */
  readonly from: { readonly id: string; readonly name: string; readonly mentions: number };
  readonly into: { readonly id: string; readonly name: string; readonly mentions: number };
  readonly type: EntityType;
  readonly evidence: {
    readonly sameFoldedName: readonly string[];
    readonly sameTransliteration: readonly string[];
    readonly sharedAffiliations: readonly string[];
    readonly sharedPartners: readonly string[];
  };
  /** Higher first: a folded match outranks a transliteration match; shared context adds. */
  readonly score: number;
}

/** Transliteration keys this short join too much ("Ali" and "Ola"). */
const MIN_KEY_STRENGTH = 3;

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function suggestDuplicates(entities: readonly EntityProfile[], dismissed: ReadonlySet<string>, limit = 100): DuplicateSuggestion[] {
  const byKey = new Map<string, EntityProfile[]>();
  const keysOf = new Map<string, { folded: Set<string>; translit: Set<string> }>();
  for (const entity of entities) {
    const folded = new Set(entity.aliases.map(foldName).filter(Boolean));
    const translit = new Set(entity.aliases.map(arabicKey).filter((k) => keyStrength(k) >= MIN_KEY_STRENGTH));
    keysOf.set(entity.id, { folded, translit });
    for (const key of [...[...folded].map((k) => `f:${k}`), ...[...translit].map((k) => `t:${k}`)]) {
      const bucket = byKey.get(`${entity.type}|${key}`) ?? [];
      bucket.push(entity);
      byKey.set(`${entity.type}|${key}`, bucket);
    }
  }
  const seen = new Set<string>();
  const out: DuplicateSuggestion[] = [];
  for (const bucket of byKey.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        const key = pairKey(a.id, b.id);
        if (a.id === b.id || seen.has(key) || dismissed.has(key)) continue;
        seen.add(key);
        const ka = keysOf.get(a.id)!;
        const kb = keysOf.get(b.id)!;
        const sameFoldedName = [...ka.folded].filter((k) => kb.folded.has(k));
        const sameTransliteration = [...ka.translit].filter((k) => kb.translit.has(k));
        const sharedAffiliations = a.affiliations.filter((x) => b.affiliations.includes(x));
        const sharedPartners = a.partners.filter((x) => b.partners.includes(x) && x !== a.id && x !== b.id);
        const [into, from] = a.mentions > b.mentions || (a.mentions === b.mentions && a.id < b.id) ? [a, b] : [b, a];
        out.push({
          key,
          from: { id: from.id, name: from.name, mentions: from.mentions },
          into: { id: into.id, name: into.name, mentions: into.mentions },
          type: a.type,
          evidence: { sameFoldedName, sameTransliteration, sharedAffiliations, sharedPartners },
          score: (sameFoldedName.length > 0 ? 2 : 1) + sharedAffiliations.length + sharedPartners.length * 0.5,
        });
      }
    }
  }
  return out.sort((x, y) => y.score - x.score || x.key.localeCompare(y.key)).slice(0, limit);
}
