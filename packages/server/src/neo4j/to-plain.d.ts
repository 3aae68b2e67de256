export declare function toPlain(value: unknown): unknown;
export declare function toPlainProps(properties: Record<string, unknown>): Record<string, unknown>;
/** A number from a query result that may be an Integer, a number or null. */
export declare function toNumber(value: unknown): number;
