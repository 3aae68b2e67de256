/**
 * From a live Cytoscape instance and the dialog's choices to what gets drawn: the scope
 * (whole graph, visible view, selection and the edges among it), the render model, legend,
 * footer and page. The raster, SVG and data writers all start from this.
 */
import type { Collection, Core } from 'cytoscape';
import { ExportError } from './export-error';
import { footerLines, type FooterInput } from './footer';
import { buildLegend } from './legend';
import { planPage, type PageLayout } from './page-layout';
import { buildRenderModel, type RenderModel } from './render-model';
import { buildSvg } from './svg-document';

export type ExportScope = 'graph' | 'view' | 'selection';

export interface ComposeOptions {
  readonly scope: ExportScope;
  /** Output pixels per model unit (1–4), or derived from dpi when given (dpi / 96). */
  readonly scale: number;
  readonly title?: string;
  readonly legend?: boolean;
  readonly labels?: boolean;
  readonly footer?: Omit<FooterInput, 'nodeCount' | 'edgeCount'> | null;
}

export interface Composition {
  readonly elements: Collection;
  readonly model: RenderModel;
  readonly page: PageLayout;
}

export function scopeElements(cy: Core, scope: ExportScope): Collection {
  if (scope === 'graph') return cy.elements(':visible');
  if (scope === 'selection') {
    const nodes = cy.nodes(':selected');
    if (nodes.empty()) throw new ExportError('EMPTY', 'Nothing is selected; select nodes (shift-click or box-select) or export the whole graph or the view.');
    return nodes.union(nodes.edgesWith(nodes));
  }
  const ext = cy.extent();
  const nodes = cy.nodes(':visible').filter((n) => {
    const b = n.boundingBox({});
    return b.x2 >= ext.x1 && b.x1 <= ext.x2 && b.y2 >= ext.y1 && b.y1 <= ext.y2;
  });
  return nodes.union(nodes.edgesWith(nodes));
}

export function compose(elements: Collection, options: ComposeOptions): Composition {
  if (elements.nodes().empty()) throw new ExportError('EMPTY', 'There is nothing to export: the chosen scope has no nodes.');
  const model = buildRenderModel(elements, { labels: options.labels !== false });
  const footer = options.footer ? footerLines({ ...options.footer, nodeCount: model.nodes.length, edgeCount: model.edges.length }) : [];
  const page = planPage({
    bounds: model.bounds,
    scale: options.scale,
    title: options.title,
    legend: options.legend === false ? null : buildLegend(model),
    footer,
  });
  return { elements, model, page };
}

export function composeSvg(c: Composition, background: string | null, title?: string): string {
  return buildSvg(c.model, c.page, { background, title });
}
