/**
 * The contract between a headless render page (server, tests, bench) and its caller: a graph
 * in the API's shape and the picture wanted, in; a file (base64 or text) or an error, out.
 * Plain JSON both ways, because it crosses Playwright's page.evaluate.
 */
import type { GraphPayload } from '@kg/model';
import type { FooterInput } from './footer';

export type RenderFormat = 'png' | 'jpg' | 'svg';

export interface RenderRequest {
  readonly graph: GraphPayload;
  readonly format: RenderFormat;
  /** Output pixels per model unit; ignored when dpi is given (dpi / 96). */
  readonly scale?: number;
  readonly dpi?: number;
  readonly title?: string;
  /** CSS colour; null or 'transparent' for none. Default white. */
  readonly background?: string | null;
  readonly legend?: boolean;
  readonly labels?: boolean;
  readonly footer?: Omit<FooterInput, 'nodeCount' | 'edgeCount'> | null;
  /** Ids to select; with them only the selection (and edges among it) is drawn. */
  readonly select?: readonly string[];
  /** Model positions by node id; nodes without one are laid out by force. */
  readonly positions?: Readonly<Record<string, { x: number; y: number }>>;
  readonly tileSize?: number;
}

export type RenderResponse =
  | { readonly ok: true; readonly mime: string; readonly base64?: string; readonly text?: string; readonly width: number; readonly height: number; readonly tiles: number; readonly ms: number; readonly phases?: { readonly setupMs: number; readonly modelMs: number } }
  | { readonly ok: false; readonly code: string; readonly message: string };
