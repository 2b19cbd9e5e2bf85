/**
 * Whether a key press belongs to the element that has focus rather than to the app's shortcuts:
 * typing in a text or number field, choosing in a select, editing rich text. Range inputs (the scrub
 * bar), checkboxes and buttons do not keep the player's and view's keys for themselves.
 */
const OWN_KEYS_INPUT_TYPES = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset'])

export function keyBelongsToTarget(event: KeyboardEvent): boolean {
  const el = event.target
  if (!(el instanceof HTMLElement)) return false
  if (el.isContentEditable) return true
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true
  if (el instanceof HTMLInputElement) return !OWN_KEYS_INPUT_TYPES.has(el.type)
  return false
}

/** A modifier other than Shift (Ctrl, Alt, Meta): leave the key to the browser and the system. */
export function hasCommandModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.altKey || event.metaKey
}
