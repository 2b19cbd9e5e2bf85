/** English messages. Every visible and spoken string of the app comes from a catalogue like this one. */
export const en = {
  'app.title': 'Spine3D',
  'app.subtitle': 'Vertebral compression fractures: vertebroplasty and balloon kyphoplasty',
  'app.disclaimer':
    'For education only. This model is not a substitute for the advice of a doctor who knows your case.',
  'scene.label':
    'A 3D model of the spine from T1 to the sacrum, with a {shape} fracture of {level} ({loss}% height loss). Shift and the arrow keys turn it; + and − zoom.',
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
  'procedure.vertebroplasty': 'Vertebroplasty',
  'procedure.kyphoplasty': 'Balloon kyphoplasty',

  // Chapters: a title, a caption for patients (short sentences, everyday words), a note for educators.
  'chapter.fracture.title': 'The broken bone',
  'chapter.access.title': 'Reaching the bone',
  'chapter.needle.title': 'Into the bone',
  'chapter.balloon.title': 'The balloon',
  'chapter.cavity.title': 'A space for the cement',
  'chapter.cement.title': 'The cement',
  'chapter.result.title': 'Afterwards',
  'caption.fracture.wedge':
    'This is the spine, seen from the side. One bone, {level}, has broken. Its front has sunk, so the bone is now a wedge. Weak bones can break like this after a small fall, or even a cough.',
  'caption.fracture.biconcave':
    'This is the spine, seen from the side. One bone, {level}, has broken. Its middle has sunk, top and bottom. Weak bones can break like this after a small fall, or even a cough.',
  'caption.fracture.crush':
    'This is the spine, seen from the side. One bone, {level}, has broken. The whole bone has been pressed flat. Weak bones can break like this after a small fall, or even a cough.',
  'caption.access.one':
    'You lie face down. The skin is numbed and the doctor makes one small cut. Guided by X-rays, a thin hollow needle goes through the back muscles to the bone.',
  'caption.access.two':
    'You lie face down. The skin is numbed and the doctor makes two small cuts. Guided by X-rays, two thin hollow tubes go through the back muscles to the bone.',
  'caption.access.kyphoplasty': 'A small drill then makes a path inside the bone for the balloon.',
  'caption.needle':
    'The needle passes through a narrow bridge of bone on its way in. Its tip stops near the front of the broken bone.',
  'caption.balloon':
    'A small balloon goes into the bone and is slowly filled. It pushes the soft broken bone aside and can lift the part that sank.',
  'caption.cavity': 'The balloon is emptied and taken out. It leaves a hollow space inside the bone.',
  'caption.cement.vertebroplasty':
    'Bone cement, a thick paste, is pushed slowly through the needle. It spreads into the spaces inside the bone and hardens within minutes.',
  'caption.cement.kyphoplasty':
    'Thick bone cement fills the hollow space. It goes in at low pressure, so it tends to stay inside the bone.',
  'caption.cement.leak':
    'Here a little cement seeps out of the bone (shown in orange). This is common. It rarely causes any problem.',
  'caption.result.vertebroplasty':
    'The needle comes out and a small dressing covers the cut. The hard cement holds the broken pieces still. In studies, pain eased for 87 in 100 people (Hulme 2006).',
  'caption.result.kyphoplasty':
    'The tubes come out and small dressings cover the cuts. The hard cement holds the bone, now a little taller. In studies, pain eased for 92 in 100 people (Hulme 2006).',
  'note.fracture':
    '{shape} compression fracture of {level}: {loss}% height loss, Genant grade {grade}; local kyphosis {angle}°.',
  'note.access':
    '{count} transpedicular {gauge} G trocar and cannula under fluoroscopy; entry at the pedicle’s posterior end.',
  'note.access.kyphoplasty':
    '{count} transpedicular {gauge} G working cannula, tip just inside the posterior body; a drill opens the path to the anterior third.',
  'note.needle':
    'Cannula advanced to the anterior third of the body ({depth} mm from the bone entry); trocar removed.',
  'note.balloon':
    'Inflatable bone tamp, {size} mm: {volume} mL each at up to {pressure} psi; anterior height {before} → {after} mm.',
  'note.cavity': 'Deflation loses part of the lift; the cavity ({cavity} mL) remains and is filled first.',
  'note.cement':
    'PMMA ({viscosity} viscosity) {injected} mL at {rate} mL/min from {start} min after mixing; peak syringe pressure {pressure} MPa.',
  'note.cement.leak': 'Leak: {leaked} mL by {routes}.',
  'note.result':
    'Anterior height {fractured} → {final} mm ({percent}% of normal); segmental kyphosis {angleBefore}° → {angleAfter}°.',
  'route.basivertebral': 'the basivertebral vein',
  'route.segmental': 'a segmental vein',
  'route.cortical': 'a cortical defect',
  'route.disc': 'the disc',
  'route.canal': 'the spinal canal',
  'viscosity.low': 'low',
  'viscosity.medium': 'medium',
  'viscosity.high': 'high',

  // The player
  'player.label': 'Player',
  'player.chapters': 'Chapters',
  'player.chapter': 'Chapter {number}: {title}',
  'player.play': 'Play',
  'player.pause': 'Pause',
  'player.replay': 'Play again',
  'player.previous': 'Previous chapter',
  'player.next': 'Next chapter',
  'player.seek': 'Position in the story',
  'player.seekValue': '{time} of {total}, {chapter}',
  'player.speed': 'Speed',
  'player.loop': 'Loop',
  'player.inside': 'See inside',
  'player.inside.auto': 'Auto',
  'player.inside.on': 'On',
  'player.inside.off': 'Off',
  'player.captions': 'Captions',
  'player.help': 'Keyboard shortcuts',
  'player.waiting': 'Simulating…',
  'readout.balloon': 'Balloon {volume} mL · {pressure} psi',
  'readout.cement': 'Cement {injected} of {total} mL · {pressure} MPa',
  'readout.leak': 'outside the bone: {leaked} mL',
  'readout.clock': 'Procedure time {time}',
  'outcome.label': 'Outcome of {procedure} for this case',
  'outcome.leak': 'Chance of a leak seen on X-ray',
  'outcome.leakValue': '{p} (95% interval {low}–{high})',
  'outcome.computing': 'Computing…',
  'outcome.height': 'Front height restored',
  'outcome.heightValue': '{mm} mm ({share} of the height lost)',
  'outcome.kyphosis': 'Kyphosis corrected',
  'outcome.degrees': '{value}°',
  'outcome.cement': 'Cement injected',
  'outcome.ml': '{value} mL',
  'height.title': 'Height of the broken bone',
  'height.height': 'Height',
  'height.now': 'Now',
  'height.ofNormal': 'of healthy',
  'height.anterior': 'Front',
  'height.middle': 'Middle',
  'height.posterior': 'Back',
  'height.angle': 'Wedge angle',
  'height.key.healthy': 'healthy bone',
  'height.key.fractured': 'after the fracture',
  'height.key.now': 'now',
  'exit.basivertebral': 'Basivertebral vein',
  'exit.segmental': 'Segmental vein',
  'exit.cortical': 'Crack in the wall',
  'exit.disc': 'Into the disc',
  'exit.canal': 'Spinal canal',
  'risk.title': 'Chance of a cement leak',
  'risk.case':
    'For this case: {p} of simulated patients had a leak that shows on an X-ray (95% interval {low}–{high}, {seeds} patients).',
  'risk.computing': 'Simulating {seeds} patients…',
  'risk.published': 'Published rates after {procedure}, per treated bone:',
  'risk.legend': 'How often cement reached the wall there',
  'risk.never': 'never',
  'risk.always': 'every time',
  'risk.ctNote':
    'CT finds about 1.5 times as many leaks as plain X-rays (Yeom 2003). Most leaks cause no symptoms.',
  'sources.open': 'Source: {source}',
  'sources.title': 'Sources',
  'sources.close': 'Close',
  'help.title': 'Keyboard shortcuts',
  'help.close': 'Close',
  'help.playPause': 'Play or pause',
  'help.seek5': 'Back or forward 5 seconds',
  'help.seek10': 'Back or forward 10 seconds',
  'help.step': 'Step back or forward a little (while paused)',
  'help.startEnd': 'Start or end',
  'help.chapterN': 'Go to chapter 1 to 9',
  'help.chapterStep': 'Previous or next chapter',
  'help.captions': 'Captions on or off',
  'help.fullscreen': 'Full screen',
  'help.turn': 'Turn the view',
  'help.tilt': 'Tilt the view',
  'help.zoom': 'Zoom in or out',
  'help.help': 'Show this help',
} as const

export type MessageKey = keyof typeof en
