/**
 * Card photos, made small on the person's device before they are sent: the longer side
 * at most 1600 px (enough to read a card), re-encoded as JPEG at quality 0.8 — a phone
 * photo of 3–5 MB becomes ~150–300 KB. If the data: URL is still over the contract's
 * limit (2,000,000 characters) the quality, then the size, is lowered until it fits.
 * Re-encoding through a canvas also drops the photo's EXIF data (location, device).
 */
import { CARD_IMAGE_MAX_CHARS, fitWithin } from '../../core/insurance-form.js';

export const CARD_MAX_SIDE = 1600;
export const CARD_JPEG_QUALITY = 0.8;

async function decode(file: Blob): Promise<CanvasImageSource & { width: number; height: number; close?: () => void }> {
  if (typeof createImageBitmap === 'function') return createImageBitmap(file, { imageOrientation: 'from-image' });
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A `data:image/jpeg;base64,…` URL of the photo, downscaled; rejects when the file is not a readable image. */
export async function downscaleCardPhoto(file: Blob, maxSide = CARD_MAX_SIDE, maxChars = CARD_IMAGE_MAX_CHARS): Promise<string> {
  const image = await decode(file);
  try {
    let side = maxSide;
    let quality = CARD_JPEG_QUALITY;
    for (let attempt = 0; attempt < 8; attempt++) {
      const { width, height } = fitWithin(image.width, image.height, side);
      if (!width || !height) throw new Error('empty image');
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no canvas');
      ctx.fillStyle = '#fff'; // transparent PNGs become white, not black, as JPEG
      ctx.fillRect(0, 0, width, height);
      ctx.drawImage(image, 0, 0, width, height);
      const url = canvas.toDataURL('image/jpeg', quality);
      if (url.length <= maxChars && url.startsWith('data:image/jpeg;base64,')) return url;
      if (quality > 0.55) quality -= 0.15;
      else side = Math.round(side * 0.75);
    }
    throw new Error('image too large');
  } finally {
    image.close?.();
  }
}
