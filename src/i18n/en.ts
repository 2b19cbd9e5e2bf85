/** English messages. Every visible and spoken string of the app comes from a catalogue like this one. */
export const en = {
  'app.title': 'Spine3D',
  'app.subtitle': 'Vertebral compression fractures: vertebroplasty and balloon kyphoplasty',
  'app.disclaimer':
    'For education only. This model is not a substitute for the advice of a doctor who knows your case.',
  'scene.label':
    'A 3D model of the spine from T1 to the sacrum, with a {shape} fracture of {level} ({loss}% height loss). Arrow keys turn it; + and − zoom.',
  'scene.noWebgl':
    'This 3D view needs WebGL, which this browser or device does not provide. Try another browser, or turn on hardware acceleration.',
  'scene.error': 'The 3D view stopped: {message}',
  'scene.loading': 'Loading the spine…',
  'notices.title': 'Some settings were adjusted',
  'notices.dismiss': 'Dismiss',
  'panel.fracture': 'Fracture',
  'panel.procedure': 'Procedure',
  'panel.patient': 'Patient',
  'panel.view': 'View',
  'panel.labels': 'Level labels',
  'shape.wedge': 'wedge',
  'shape.biconcave': 'biconcave',
  'shape.crush': 'crush',
} as const

export type MessageKey = keyof typeof en
