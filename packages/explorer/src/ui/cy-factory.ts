/**
 * Creates the Cytoscape instance. Past WEBGL_THRESHOLD elements, when the browser has a
 * hardware GPU, it asks for the WebGL renderer (cytoscape ≥ 3.31); past BIG_THRESHOLD the
 * cheap stylesheet; below, the canvas renderer with bezier edges and arrows.
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

/**
 * WebGL only pays off on a real GPU: under a software rasteriser (SwiftShader, llvmpipe —
 * headless Chromium, VMs, remote desktops) it drew about 1 frame per second at 1,000 nodes
 * in `pnpm bench:explorer`, well below the canvas renderer.
 */
let hardwareWebglCache: boolean | undefined;
export function hasHardwareWebgl(): boolean {
  if (hardwareWebglCache !== undefined) return hardwareWebglCache;
  let fast = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : '';
    fast = !!gl && !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    fast = false;
  }
  hardwareWebglCache = fast;
  return fast;
}

export function modeFor(elementCount: number, forceWebgl?: boolean, gpu: () => boolean = hasHardwareWebgl): CyMode {
  const big = elementCount > BIG_THRESHOLD;
  return { big, webgl: forceWebgl ?? (elementCount > WEBGL_THRESHOLD && gpu()) };
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
    // Big canvas graphs pan and zoom a cached bitmap and redraw when the gesture stops.
    textureOnViewport: mode.big && !mode.webgl,
    hideEdgesOnViewport: false,
    pixelRatio: mode.big ? 1 : 'auto',
    // The WebGL renderer option is not in @types/cytoscape yet.
    ...(mode.webgl ? { renderer: { name: 'canvas', webgl: true } as never } : {}),
  });
}
