/**
 * The reading edge: files, folders (recursive), globs and stdin (`-`) → RawArticle, streamed
 * one at a time so memory does not grow with the corpus. A file that cannot be an article
 * (empty, binary, not UTF-8, too large) is skipped with a reason saying what to do.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import fg, { type Entry } from 'fast-glob';
import type { RawArticle } from '@kg/model';
import { htmlToText } from './html-text';

export interface ReadArticlesOptions {
  /** ISO day applied to articles that carry no date of their own. */
  readonly published?: string | null;
  /** Files larger than this are skipped with a warning (default 5 MB). */
  readonly maxBytes?: number;
  /** Read from here when a path is `-` (default: process.stdin). */
  readonly stdin?: AsyncIterable<Buffer | string>;
}

export type ReadOutcome = { readonly ok: true; readonly article: RawArticle } | { readonly ok: false; readonly file: string; readonly reason: string };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];
const GLOB_CHARS = /[*?[\]{}]/;

/** Share of control characters (other than whitespace) above which text is taken for binary. */
const MAX_CONTROL_SHARE = 0.001;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL_CHARS = /[\u0001-\u0008\u000E-\u001F\u007F]/g;

/**
 * Decoded text → whether it can be an article, or why not: the checks for text that did not
 * come from a file (the API's JSON bodies), and the tail of decodeArticle. Pure.
 */
export function checkArticleText(text: string): { ok: true; text: string } | { ok: false; reason: string } {
  if (text.length === 0) return { ok: false, reason: 'text is empty; nothing to extract' };
  if (text.includes('\u0000')) return { ok: false, reason: 'text looks binary (it contains NUL characters); give a UTF-8 text, Markdown or HTML article' };
  const controls = text.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > Math.max(1, text.length * MAX_CONTROL_SHARE)) {
    return { ok: false, reason: `text looks binary (${controls} control characters); give a UTF-8 text, Markdown or HTML article` };
  }
  if (text.includes('\uFFFD')) {
    return { ok: false, reason: 'text contains U+FFFD replacement characters, so it was decoded from bytes that are not UTF-8; convert the source (e.g. iconv -f latin1 -t utf-8) and retry' };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, reason: 'text holds only whitespace; nothing to extract' };
  return { ok: true, text: body };
}

/** Bytes → article text, or why not. Pure, so the rules are testable without files. */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.length > maxBytes) return { ok: false, reason: `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit; split it or raise --max-bytes` };
  if (bytes.length === 0) return { ok: false, reason: 'file is empty; nothing to extract' };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'file looks binary (it contains NUL bytes); give a UTF-8 text, Markdown or HTML article' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'file is not valid UTF-8; convert it (e.g. iconv -f latin1 -t utf-8) and retry' };
  }
  const checked = checkArticleText(text);
  return checked.ok ? checked : { ok: false, reason: checked.reason.replace(/^text /, 'file ') };
}

function isHtml(file: string): boolean {
  return /\.html?$/i.test(file);
}

interface Expanded {
  readonly files: string[];
  /** Symlinked folders met on the walk: never followed, since `up -> ..` would loop forever. */
  readonly linkedFolders: string[];
}

async function expand(path: string): Promise<Expanded | { missing: string }> {
  if (GLOB_CHARS.test(path)) return classify(await fg(path, { onlyFiles: false, followSymbolicLinks: false, objectMode: true, dot: false }), '', () => true);
  const st = await stat(path).catch(() => null);
  if (!st) return { missing: path };
  if (st.isDirectory()) {
    const entries = await fg('**', { cwd: path, onlyFiles: false, followSymbolicLinks: false, objectMode: true });
    return classify(entries, path, (file) => ARTICLE_FILE.test(file));
  }
  return { files: [path], linkedFolders: [] };
}

const ARTICLE_FILE = new RegExp(`\\.(${ARTICLE_EXTENSIONS.join('|')})$`, 'i');

/** Walk entries (symlinks not followed) → article files, symlinked files included, and linked folders. */
async function classify(entries: readonly Entry[], base: string, isArticle: (file: string) => boolean): Promise<Expanded> {
  const files: string[] = [];
  const linkedFolders: string[] = [];
  for (const entry of entries) {
    const full = base ? join(base, entry.path) : entry.path;
    if (entry.dirent.isFile()) {
      if (isArticle(full)) files.push(full);
    } else if (entry.dirent.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      if (target?.isDirectory()) linkedFolders.push(full);
      else if (target?.isFile() && isArticle(full)) files.push(full);
    }
  }
  return { files: files.sort(), linkedFolders: linkedFolders.sort() };
}

async function readStdin(source: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}

function toArticle(file: string, text: string, options: ReadArticlesOptions): RawArticle {
  const body = isHtml(file) ? htmlToText(text) : text;
  return { file, text: body, published: options.published ?? null };
}

export async function* readArticles(paths: readonly string[], options: ReadArticlesOptions = {}): AsyncGenerator<ReadOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === '-') {
      const decoded = decodeArticle(await readStdin(options.stdin ?? process.stdin), maxBytes);
      yield decoded.ok ? { ok: true, article: toArticle('stdin', decoded.text, options) } : { ok: false, file: 'stdin', reason: decoded.reason };
      continue;
    }
    const files = await expand(path);
    if ('missing' in files) { yield { ok: false, file: path, reason: 'no such file or folder; check the path' }; continue; }
    for (const folder of files.linkedFolders) {
      yield { ok: false, file: folder, reason: 'is a symbolic link to a folder, which is not followed (a link such as up -> .. would loop); pass the folder it points to if you want it read' };
    }
    if (files.files.length === 0) { yield { ok: false, file: path, reason: `no articles (${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}) found there; point at article files or a folder holding them` }; continue; }
    for (const file of files.files) {
      const st = await stat(file).catch(() => null);
      if (st && st.size > maxBytes) { yield { ok: false, file: basename(file), reason: `file is ${st.size} bytes, over the ${maxBytes}-byte limit; split it or raise --max-bytes` }; continue; }
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (err) {
        yield { ok: false, file: basename(file), reason: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check its permissions` };
        continue;
      }
      const decoded = decodeArticle(bytes, maxBytes);
      yield decoded.ok ? { ok: true, article: toArticle(basename(file), decoded.text, options) } : { ok: false, file: basename(file), reason: decoded.reason };
    }
  }
}
