/**
 * The subgraph an image export draws, with the same selectors as GET /api/export: a list of
 * node ids (those nodes and the relationships among them), or a read-only console query
 * (same guard, timeout and row cap as the console). Reads only, in READ sessions.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphPayload } from '@kg/model';
export declare const MAX_IMAGE_IDS = 5000;
export interface SubgraphSelector {
    readonly ids?: readonly string[];
    readonly query?: string;
}
export declare function selectSubgraph(driver: Driver, selector: SubgraphSelector, limits: {
    timeoutMs: number;
    rowCap: number;
}): Promise<GraphPayload>;
