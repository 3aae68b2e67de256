export { ENTITY_TYPES, isEntityType } from './entity';
export type { EntityType, EntityId, Mention, GeoPoint, Entity, Affiliation } from './entity';
export { CAMEO_ROOTS, QUAD_CLASS_NAMES, isCameoCode, cameoRoot, isCooperation } from './cameo';
export type { CameoCode, QuadClass, CameoRoot } from './cameo';
export type { Provenance } from './provenance';
export type { DateSource, EventRecord } from './event';
export type { RawArticle, DocumentEntity, DocumentResult } from './document';
export type { ExtractionOutput, ContractDocument, ContractEntity, ContractEvent } from './contract';
export { slugify, entityIdFor } from './ids';
export { LABEL, REL, LABELS_FOR_ENTITY_TYPE, FULLTEXT_ENTITY_INDEX } from './graph';
export type { Label, RelType, EntityNodeProps, EventNodeProps, DocumentNodeProps } from './graph';
export type { GraphNode, GraphEdge, GraphPayload, GraphVocabulary, ApiErrorCode, ApiErrorBody } from './api';
export { ROLES, isRole, roleAllows, CHANGE_KINDS } from './curation';
export type {
  Role, Principal, ChangeKind, ChangeEntry, EventCorrectionFields, SentenceKey, EventOverride, SplitDecision, MergeTarget,
  CurationDecisions, ReapplyReport,
} from './curation';
export {
  ACTS_ON, ACTS_WITH, NetworkEdgeKind, QuadCounts, NetworkEdgeProps, NetworkEdge, NetworkResponse, Clock,
  GraphNodeSchema, GraphEdgeSchema, GraphPayloadSchema,
} from './contract-http/network';
export type { Tally } from './contract-http/network';
export { TimelineDay, TimelineResponse } from './contract-http/timeline';
export { CAMEO_VERBS, CAMEO_GOLDSTEIN, cameoTally, monthRange, edgeArrow, edgeCaption, edgeTone } from './contract-http/edge-summary';
export type { Tone } from './contract-http/edge-summary';
export { EvidenceReport, EventEvidence, EdgeEvidenceQuery, EdgeEvidenceResponse, NodeEvidenceResponse } from './contract-http/evidence';
