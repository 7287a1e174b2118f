/** A reference to one catalogue entry, as results and search hits carry it. */
export interface CatalogEntryRef {
  catalog: 'skillOccupations' | 'qualifications' | 'shortageMajors';
  id: string;
  name: string;
  /** The entry's English name (our translation; `name` is the official one). */
  nameEn: string;
}
