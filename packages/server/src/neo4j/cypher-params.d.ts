export declare function toCypherParams(value: unknown): unknown;
