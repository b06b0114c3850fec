/** Open Graph share images: the 1.91:1 size every network shows uncropped. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
