/** Minimal PNG writing and reading (8-bit RGB/RGBA, not interlaced) for the developer renders. */
import { crc32, deflateSync, inflateSync } from 'node:zlib'

export interface Image {
  width: number
  height: number
  /** RGB bytes, row by row. */
  rgb: Uint8Array
}

export function encodePng({ width: w, height: h, rgb }: Image): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(td))
    return Buffer.concat([len, td, crc])
  }
  const raw = Buffer.alloc((w * 3 + 1) * h)
  for (let y = 0; y < h; y++)
    Buffer.from(rgb.buffer, rgb.byteOffset + y * w * 3, w * 3).copy(raw, y * (w * 3 + 1) + 1)
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Reads an 8-bit, non-interlaced RGB or RGBA PNG (alpha dropped). */
export function decodePng(file: Buffer): Image {
  let pos = 8
  let width = 0
  let height = 0
  let channels = 3
  const idat: Buffer[] = []
  while (pos < file.length) {
    const len = file.readUInt32BE(pos)
    const type = file.toString('latin1', pos + 4, pos + 8)
    const data = file.subarray(pos + 8, pos + 8 + len)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      if (data[8] !== 8 || data[12] !== 0) throw new Error('decodePng: expected 8-bit, non-interlaced')
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0
      if (!channels) throw new Error(`decodePng: expected RGB or RGBA, got colour type ${data[9]}`)
    } else if (type === 'IDAT') idat.push(data)
    pos += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] as number
      const a = x >= channels ? (pixels[y * stride + x - channels] as number) : 0
      const b = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] as number) : 0
      const p = a + b - c
      const pa = Math.abs(p - a)
      const pb = Math.abs(p - b)
      const pc = Math.abs(p - c)
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
      const pred = [0, a, b, (a + b) >> 1, paeth][filter] as number
      pixels[y * stride + x] = (v + pred) & 255
    }
  }
  const rgb = new Uint8Array(width * height * 3)
  for (let i = 0; i < width * height; i++) rgb.set(pixels.subarray(i * channels, i * channels + 3), i * 3)
  return { width, height, rgb }
}

/** Images side by side on one row, scaled to a common height by nearest neighbour. */
export function besideEachOther(images: Image[], height: number): Image {
  const scaled = images.map((im) => {
    const w = Math.round((im.width * height) / im.height)
    const rgb = new Uint8Array(w * height * 3)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < w; x++) {
        const sx = Math.min(im.width - 1, Math.floor((x * im.width) / w))
        const sy = Math.min(im.height - 1, Math.floor((y * im.height) / height))
        rgb.set(im.rgb.subarray((sy * im.width + sx) * 3, (sy * im.width + sx) * 3 + 3), (y * w + x) * 3)
      }
    }
    return { width: w, height, rgb }
  })
  const width = scaled.reduce((s, im) => s + im.width, 0)
  const rgb = new Uint8Array(width * height * 3)
  let x0 = 0
  for (const im of scaled) {
    for (let y = 0; y < height; y++)
      rgb.set(im.rgb.subarray(y * im.width * 3, (y + 1) * im.width * 3), (y * width + x0) * 3)
    x0 += im.width
  }
  return { width, height, rgb }
}
