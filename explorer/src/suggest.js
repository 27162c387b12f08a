// The order of the scope picker's suggestions: grouped by kind, and territories first when the text
// is a territory's name ("Normandie" is the région before the organisation "Région Normandie").

/** Accents, case and surrounding spaces ignored. */
export const plain = v => String(v ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

export function grouped(text, territories, programmes, organisations) {
  const namesTerritory = territories.some(x => plain(x.name) === plain(text));
  const groups = namesTerritory ? [territories, programmes, organisations] : [programmes, organisations, territories];
  return groups.flat();
}
