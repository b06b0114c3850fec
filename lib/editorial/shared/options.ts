/** A choice in an admin select (a category, a byline, a tag, a language, a status), named in the admin's language. */
export interface Option {
  id: number | string;
  name: string;
}
