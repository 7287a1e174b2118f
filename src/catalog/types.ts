/** A reference to one catalogue entry, as results and search hits carry it. */
export interface CatalogEntryRef {
  catalog: 'skillOccupations' | 'qualifications' | 'shortageMajors';
  id: string;
  name: string;
}
