export declare function renderEntryPath(root?: string): string;
export declare function renderPageHtml(entry?: string): Promise<string>;
