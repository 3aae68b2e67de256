/** Maps a node's elementId to its payload id (the stable `id` when the node was loaded). */
export type IdResolver = (elementId: string) => string | undefined;
export declare function toRowValue(value: unknown, resolve: IdResolver): unknown;
