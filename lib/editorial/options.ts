/** A choice in an admin select (a category, a byline, a tag), named in the admin's language. */
export interface Option {
  id: number;
  name: string;
}
