import { deflateSync } from 'node:zlib';
import { assemblePdf, pdfStream } from './assemble-pdf';
import type { GrayImage } from './gray-image';

/** A one-page A4 PDF holding only a grayscale image: what a scanner without OCR produces. */
export function createImagePdf(image: GrayImage): Buffer {
  const width = 595;
  const height = Math.round((595 * image.height) / image.width);
  return assemblePdf([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>`,
    ),
    pdfStream(
      `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
      deflateSync(image.pixels, { level: 9 }),
    ),
    pdfStream('', Buffer.from(`q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`)),
  ]);
}
