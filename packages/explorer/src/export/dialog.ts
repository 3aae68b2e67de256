/**
 * The Export dialog (plain DOM): what (graph, view, selection), format (PNG, JPG, SVG, or a
 * data format), size by scale or DPI with the pixel size shown before exporting, background,
 * title, legend, labels and footer. Failures are said in the dialog, never a blank file.
 */
import { QUAD_CLASS_NAMES, cameoRoot, isCameoCode, type QuadClass } from '@kg/model';
import { EDGE_LEGEND_NOTES, NODE_LOOKS, type NodeKind } from '../graph/palette';
import type { Core, NodeSingular } from 'cytoscape';
import { compose, composeSvg, scopeElements, type ExportScope } from './compose';
import { DATA_FORMATS, dataFile, type DataFormat } from './data-export';
import { isExportError } from './export-error';
import { exportFileName } from './file-name';
import type { SourceArticle } from './footer';
import { renderJpg, renderPng } from './raster-export';
import { assessImageSize } from './tile-plan';

export interface DialogContext {
  readonly title?: string;
  readonly query?: string | null;
  readonly filters?: { readonly hiddenKinds?: readonly string[]; readonly hiddenQuads?: readonly number[]; readonly cameo?: readonly string[] } | null;
  readonly timeWindow?: { readonly from: string | null; readonly to: string | null };
  readonly sourceArticles?: readonly (string | SourceArticle)[];
}

type ImageFormat = 'png' | 'jpg' | 'svg';

const FORM = `
<style>
  .kg-export label { display: block; margin: 0.35em 0; }
  .kg-export fieldset { margin: 0.5em 0; border: 1px solid #ddd; border-radius: 6px; }
  .kg-export .preview { font-variant-numeric: tabular-nums; color: #333; }
  .kg-export .status { color: #a33; min-height: 1.2em; }
</style>
<form method="dialog" class="kg-export">
  <h2>Export</h2>
  <fieldset><legend>What</legend>
    <label><input type="radio" name="scope" value="graph" checked> Whole graph</label>
    <label><input type="radio" name="scope" value="view"> Visible view</label>
    <label><input type="radio" name="scope" value="selection"> Selection (and edges among it)</label>
  </fieldset>
  <label>Format <select name="format">
    <option value="png">PNG image</option><option value="jpg">JPG image</option><option value="svg">SVG (vector, text as text)</option>
    ${DATA_FORMATS.map((f) => `<option value="${f.value}">${f.label}</option>`).join('')}
  </select></label>
  <fieldset class="image-only"><legend>Image</legend>
    <label>Size by <select name="sizeBy"><option value="scale">scale</option><option value="dpi">DPI</option></select></label>
    <label>Scale <input name="scale" type="number" min="1" max="4" step="0.5" value="2"></label>
    <label>DPI <input name="dpi" type="number" min="72" max="600" step="1" value="300"></label>
    <label>Background <select name="background"><option value="#ffffff">white</option><option value="transparent">transparent</option><option value="custom">custom</option></select>
      <input name="customColor" type="color" value="#f4f1ea"></label>
    <label>Title <input name="title" type="text" size="40"></label>
    <label><input name="legend" type="checkbox" checked> Legend</label>
    <label><input name="labels" type="checkbox" checked> Labels</label>
    <label><input name="footer" type="checkbox" checked> Footer (time window, filters, sources)</label>
    <p class="preview" aria-live="polite"></p>
  </fieldset>
  <p class="status" role="status"></p>
  <menu><button value="cancel" formnovalidate>Close</button> <button class="go" value="default">Export</button></menu>
</form>`;

function download(name: string, data: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(data, { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function filterLines(ctx: DialogContext): string[] {
  const f = ctx.filters;
  const lines: string[] = [];
  if (ctx.query) lines.push(`query: ${ctx.query.replace(/\s+/g, ' ').slice(0, 140)}`);
  if (f?.hiddenKinds?.length) lines.push(`hidden types: ${f.hiddenKinds.map((k) => NODE_LOOKS[k as NodeKind]?.label ?? k).join(', ')}`);
  if (f?.hiddenQuads?.length) lines.push(`hidden: ${f.hiddenQuads.map((q) => QUAD_CLASS_NAMES[q as QuadClass] ?? `quad class ${q}`).join(', ')}`);
  if (f?.cameo?.length) lines.push(`only event types: ${f.cameo.map((c) => (isCameoCode(c) ? `${c} ${cameoRoot(c).name}` : c)).join(', ')}`);
  return lines;
}

export function showExportDialog(cy: Core, ctx: DialogContext): HTMLDialogElement {
  document.querySelector('dialog.kg-export-dialog')?.remove();
  const dialog = document.createElement('dialog');
  dialog.className = 'kg-export-dialog';
  dialog.innerHTML = FORM;
  document.body.append(dialog);
  const form = dialog.querySelector('form') as HTMLFormElement;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const status = dialog.querySelector('.status') as HTMLElement;
  const preview = dialog.querySelector('.preview') as HTMLElement;
  (field('title') as HTMLInputElement).value = ctx.title ?? '';
  if (!cy.nodes(':selected').empty()) (form.querySelector('input[value="selection"]') as HTMLInputElement).checked = true;

  const read = () => {
    const format = field('format').value as ImageFormat | DataFormat;
    const dpi = field('sizeBy').value === 'dpi' ? Math.min(600, Math.max(72, Number(field('dpi').value) || 300)) : undefined;
    const scale = dpi ? dpi / 96 : Math.min(4, Math.max(1, Number(field('scale').value) || 1));
    const bg = field('background').value;
    const background = bg === 'transparent' ? null : bg === 'custom' ? field('customColor').value : bg;
    const scope = (form.querySelector('input[name="scope"]:checked') as HTMLInputElement).value as ExportScope;
    return { format, dpi, scale, background, scope, title: field('title').value.trim() };
  };

  const composition = () => {
    const o = read();
    const elements = scopeElements(cy, o.scope);
    const sources = (ctx.sourceArticles ?? []).map((s) => (typeof s === 'string' ? { title: s } : s));
    const notes = cy.edges('[legend]').nonempty() ? [...EDGE_LEGEND_NOTES] : [];
    const footer = field('footer').checked ? { from: ctx.timeWindow?.from, to: ctx.timeWindow?.to, filters: filterLines(ctx), notes, sources, exportedAt: new Date().toISOString() } : null;
    return { o, c: compose(elements, { scope: o.scope, scale: o.format === 'svg' ? 1 : o.scale, title: o.title || undefined, legend: field('legend').checked, labels: field('labels').checked, footer }) };
  };

  const fileName = (extension: string, scope: ExportScope, title: string) => {
    const names = scopeElements(cy, scope).nodes().filter((n) => n.data('kind') !== 'event' && n.data('kind') !== 'document').sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false)).map((n) => String(n.data('label') ?? n.data('name') ?? n.id()));
    // A title the user typed names the file; the view's default one ("Actor network") only
    // when the whole graph is exported, since a selection is better named by what it holds.
    const typed = title && title !== (ctx.title ?? '') ? title : undefined;
    const chosen = typed ?? (scope === 'graph' ? ctx.title : undefined);
    return exportFileName({ names, title: chosen, from: ctx.timeWindow?.from, to: ctx.timeWindow?.to, scope, extension });
  };

  const refresh = () => {
    const isImage = ['png', 'jpg', 'svg'].includes(field('format').value);
    (dialog.querySelector('.image-only') as HTMLElement).hidden = !isImage;
    status.textContent = '';
    if (!isImage) return void (preview.textContent = '');
    try {
      const { o, c } = composition();
      if (o.format === 'svg') return void (preview.textContent = `${c.page.width} × ${c.page.height} (vector; scales without loss)`);
      const verdict = assessImageSize(c.page.width, c.page.height, o.format as 'png' | 'jpg');
      preview.textContent = `${c.page.width} × ${c.page.height} px${o.dpi ? ` at ${o.dpi} DPI = ${((c.page.width / o.dpi) * 2.54).toFixed(1)} × ${((c.page.height / o.dpi) * 2.54).toFixed(1)} cm` : ''}${verdict.tiled ? ' · drawn in tiles' : ''}`;
      if (!verdict.ok) status.textContent = verdict.reason ?? '';
    } catch (error) {
      preview.textContent = '';
      status.textContent = isExportError(error) ? error.message : String(error);
    }
  };

  const run = async () => {
    const o = read();
    status.textContent = 'Exporting…';
    try {
      if (!['png', 'jpg', 'svg'].includes(o.format)) {
        const meta = DATA_FORMATS.find((f) => f.value === o.format)!;
        const elements = scopeElements(cy, o.scope);
        download(fileName(o.format, o.scope, o.title), [dataFile(elements, o.format as DataFormat, o.title || 'Knowledge-graph export')], meta.mime);
      } else {
        const { c } = composition();
        if (o.format === 'svg') download(fileName('svg', o.scope, o.title), [composeSvg(c, o.background, o.title || undefined)], 'image/svg+xml');
        else if (o.format === 'jpg') download(fileName('jpg', o.scope, o.title), [await renderJpg(c.model, c.page, { background: o.background })], 'image/jpeg');
        else {
          const png = await renderPng(c.model, c.page, { background: o.background, dpi: o.dpi, onProgress: (d) => (status.textContent = `Drawing… ${Math.round(d * 100)}%`) });
          download(fileName('png', o.scope, o.title), png.parts as BlobPart[], 'image/png');
        }
      }
      status.textContent = 'Done.';
    } catch (error) {
      status.textContent = isExportError(error) ? error.message : `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  form.addEventListener('input', refresh);
  form.addEventListener('submit', (event) => {
    if ((event as SubmitEvent).submitter?.getAttribute('value') === 'cancel') return;
    event.preventDefault();
    void run();
  });
  refresh();
  dialog.showModal();
  return dialog;
}
