/**
 * Overlay colours from the Okabe–Ito palette, told apart with any colour vision: the healthy body
 * sky blue, the fractured orange, now white. (Leaks are vermilion, the balloon blue: not used here.)
 */
export const HEALTHY_COLOR = '#56B4E9'
export const FRACTURED_COLOR = '#E69F00'
export const NOW_COLOR = '#FFFFFF'
