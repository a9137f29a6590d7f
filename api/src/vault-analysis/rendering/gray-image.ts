/** An 8-bit grayscale bitmap, row by row (0 black, 255 white). */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}
