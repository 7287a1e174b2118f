/** Every text meant for people, in both languages (Chinese first). */
export interface Text {
  zh: string;
  en: string;
}
