/** Which kind of thing a node from the API is, read from its labels and `type` property. */
import type { GraphNode } from '@kg/model';
import type { NodeKind } from './palette';

const LABEL_KINDS: readonly (readonly [string, NodeKind])[] = [
  ['Event', 'event'],
  ['Document', 'document'],
  ['Person', 'person'],
  ['Organization', 'organization'],
  ['Country', 'country'],
  ['Location', 'location'],
];

const TYPE_KINDS: Readonly<Record<string, NodeKind>> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  COUNTRY: 'country',
  LOCATION: 'location',
  EVENT: 'event',
  DOCUMENT: 'document',
};

export function nodeKind(node: Pick<GraphNode, 'labels' | 'properties'>): NodeKind {
  // The entity type property is the most specific (a Country is also a Location).
  const type = node.properties.type;
  if (typeof type === 'string' && TYPE_KINDS[type.toUpperCase()]) return TYPE_KINDS[type.toUpperCase()] as NodeKind;
  for (const [label, kind] of LABEL_KINDS) if (node.labels.includes(label)) return kind;
  return 'other';
}

/** A readable caption for any node: its name, an event's label, an article's title. */
export function nodeCaption(node: Pick<GraphNode, 'id' | 'properties'>): string {
  const p = node.properties;
  for (const key of ['name', 'title', 'label', 'cameoName', 'file']) {
    const value = p[key];
    if (typeof value === 'string' && value.trim()) return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  }
  return node.id;
}
