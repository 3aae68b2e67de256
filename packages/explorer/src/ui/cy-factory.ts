/**
 * Creates the Cytoscape instance. Past WEBGL_THRESHOLD elements it asks for the WebGL
 * renderer (cytoscape ≥ 3.31) and the cheap stylesheet; below, the canvas renderer with
 * bezier edges and arrows, which reads better on small graphs.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet } from '../graph/stylesheet';

cytoscape.use(fcose);

export const BIG_THRESHOLD = 1500;
export const WEBGL_THRESHOLD = 3000;

export interface CyMode {
  readonly big: boolean;
  readonly webgl: boolean;
}

export function modeFor(elementCount: number, forceWebgl?: boolean): CyMode {
  return { big: elementCount > BIG_THRESHOLD, webgl: forceWebgl ?? elementCount > WEBGL_THRESHOLD };
}

export function createCy(container: HTMLElement, mode: CyMode, elements: ElementDefinition[] = []): Core {
  return cytoscape({
    container,
    elements,
    style: stylesheet(mode.big),
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: true,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    pixelRatio: mode.big ? 1 : 'auto',
    // The WebGL renderer option is not in @types/cytoscape yet.
    ...(mode.webgl ? { renderer: { name: 'canvas', webgl: true } as never } : {}),
  });
}
