/** How often the board and a story's page refresh themselves. */
export const REFRESH_MS = 5_000;
