/**
 * The cut face of a vertebral body as a cut specimen shows it: pale trabeculae in a network over
 * darker red-brown marrow. The network is a gyroid (a minimal surface whose sections look like
 * trabecular bone), its sheets crossing a cut about every 1.3 mm (osteoporotic trabeculae lie 1–2 mm
 * apart), warped by itself so it reads as bone, not a crystal. Dark on the whole, so the white cement
 * in the body stands out against it.
 *
 * The network is baked once into a small repeating 3D texture, mipmapped: a cut face then costs one
 * texture read (the close-ups are mostly cut face, and a software renderer paid more for the trig of
 * the network than for the rest of the frame), and seen far away or edge-on it fades to its mean
 * rather than to noise.
 */
import {
  Data3DTexture,
  LinearFilter,
  LinearMipmapLinearFilter,
  type Material,
  RedFormat,
  RepeatWrapping,
  UnsignedByteType,
} from 'three'
import { withCaps } from './cutCaps.ts'

/** Colours written as they are shown (the cut faces skip the lighting and the tone mapping), sRGB. */
const MARROW = 'vec3(0.6, 0.43, 0.36)'
const TRABECULA = 'vec3(0.8, 0.7, 0.57)'
/** One gyroid period, mm: its sheets cross a plane about every half period. */
const PERIOD_MM = 2.6
/** The texture holds this many periods a side (the warp repeats once over it), in this many texels. */
const PERIODS = 3
const TEXELS = 48

const gyroid = (x: number, y: number, z: number) =>
  Math.sin(x) * Math.cos(y) + Math.sin(y) * Math.cos(z) + Math.sin(z) * Math.cos(x)

/** 1 on a trabecula, 0 in the marrow, over one tile. */
function trabeculae(): Uint8Array {
  const data = new Uint8Array(TEXELS ** 3)
  const step = (2 * Math.PI) / TEXELS
  for (let k = 0; k < TEXELS; k++)
    for (let j = 0; j < TEXELS; j++)
      for (let i = 0; i < TEXELS; i++) {
        // The warp has the tile's period, the network PERIODS times finer: the tile repeats seamlessly.
        const [u, v, w] = [i * step, j * step, k * step]
        const x = PERIODS * u + 1.2 * gyroid(u, v, w)
        const y = PERIODS * v + 1.2 * gyroid(v, w + 1.7, u)
        const z = PERIODS * w + 1.2 * gyroid(w, u + 3.1, v)
        const g = Math.abs(gyroid(x, y, z))
        const strut = 1 - Math.min(1, Math.max(0, (g - 0.15) / 0.2))
        data[i + TEXELS * (j + TEXELS * k)] = Math.round(255 * strut * strut * (3 - 2 * strut))
      }
  return data
}

let shared: Data3DTexture | null = null

/** The network's tile, made on first use and kept for the page's life (as the shared materials are). */
function trabeculaeTexture(): Data3DTexture {
  if (!shared) {
    shared = new Data3DTexture(trabeculae(), TEXELS, TEXELS, TEXELS)
    shared.format = RedFormat
    shared.type = UnsignedByteType
    shared.wrapS = shared.wrapT = shared.wrapR = RepeatWrapping
    shared.magFilter = LinearFilter
    shared.minFilter = LinearMipmapLinearFilter
    shared.generateMipmaps = true
    shared.unpackAlignment = 1
    shared.needsUpdate = true
  }
  return shared
}

const FUNCTIONS = /* glsl */ `
uniform highp sampler3D uTrabeculae;
vec3 cancellous(vec3 mm) {
  float strut = texture(uTrabeculae, mm / ${(PERIOD_MM * PERIODS).toFixed(2)}).r;
  return mix(${MARROW}, ${TRABECULA}, strut);
}
`

/** Adds cancellous cut faces to `material` (see cutCaps.ts): call once, before it is first drawn. */
export function withCancellousCaps<M extends Material>(material: M): M {
  return withCaps(material, {
    functions: FUNCTIONS,
    color: 'cancellous(vCapPos)',
    usesPosition: true,
    uniforms: { uTrabeculae: { value: trabeculaeTexture() } },
  })
}
