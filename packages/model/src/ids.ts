/**
 * Deterministic ids. An entity's id is a slug of its canonical name, so the same
 * real-world thing gets the same id in every article and every run.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityIdFor(canonicalName: string): string {
  const slug = slugify(canonicalName);
  if (!slug) throw new Error(`cannot make an id from the name ${JSON.stringify(canonicalName)}`);
  return slug;
}
