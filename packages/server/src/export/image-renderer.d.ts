/** What the render page takes and gives back (the explorer's RenderRequest / RenderResponse). */
export interface ImageRenderRequest {
    readonly graph: unknown;
    readonly format: 'png' | 'svg' | 'jpg';
    readonly scale?: number;
    readonly dpi?: number;
    readonly title?: string;
    readonly background?: string | null;
    readonly legend?: boolean;
    readonly labels?: boolean;
    readonly footer?: unknown;
    readonly select?: readonly string[];
    readonly positions?: Readonly<Record<string, {
        x: number;
        y: number;
    }>>;
    readonly tileSize?: number;
}
export type ImageRenderResponse = {
    readonly ok: true;
    readonly mime: string;
    readonly base64?: string;
    readonly text?: string;
    readonly width: number;
    readonly height: number;
    readonly tiles: number;
    readonly ms: number;
} | {
    readonly ok: false;
    readonly code: string;
    readonly message: string;
};
export declare class ImageRendererUnavailable extends Error {
    readonly code = "RENDERER_UNAVAILABLE";
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumPath(): string;
export declare function renderImage(request: ImageRenderRequest, timeoutMs?: number): Promise<ImageRenderResponse>;
export declare function closeImageRenderer(): Promise<void>;
