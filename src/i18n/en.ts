/**
 * English messages: the reference catalogue. Every visible and spoken string of the app comes from a
 * catalogue with exactly these keys (`es.ts`, `de.ts`, `fr.ts` are typed `Catalogue`, so a missing or
 * extra key fails the typecheck; tests/unit/i18n checks the `{placeholders}` match). Patient texts
 * (the prefixes and keys of `patientKeys.ts`: captions, the view's description, the patient mode's
 * pages) are held at a Flesch–Kincaid grade of 8 or below (`scripts/readability.ts`).
 * docs/I18N.md says how to add a key or a language. The `source.<id>` messages (what each study gives
 * the app, in the sources dialog) are the bibliography's own English, spread in from `sim/sources.ts`.
 */
import { SOURCE_USES } from '../sim/sources.ts'

export const en = {
  'app.title': 'Spine3D',
  'app.documentTitle': 'Spine3D — vertebral compression fractures explained',
  'app.description':
    'A 3D explainer of vertebroplasty and balloon kyphoplasty for vertebral compression fractures.',
  'app.noscript': 'Spine3D needs JavaScript to show its 3D model.',
  'app.subtitle': 'Vertebral compression fractures: vertebroplasty and balloon kyphoplasty',
  'app.disclaimer':
    'For education only. This model is not a substitute for the advice of a doctor who knows your case.',
  'describe.fracture':
    '{procedure}. The broken bone: the spine from the side. It shows a {shape} fracture of {level} that has lost {loss}% of its height.',
  'describe.access':
    '{procedure}. Reaching the bone: the patient lies face down. {needles} through the skin and the back muscles to the bone of {level}.',
  // Each chapter that shows the instruments has a sentence for one needle and one for two (the case's approach).
  'describe.needle.one':
    '{procedure}. Into the bone: the tip of the needle is in the front of {level}. We see it through the bone.',
  'describe.needle.two':
    '{procedure}. Into the bone: the tips of the two needles are in the front of {level}. We see them through the bone.',
  'describe.balloon.one': '{procedure}. The balloon: it fills inside {level} and pushes on its top.',
  'describe.balloon.two': '{procedure}. The balloons: two of them fill inside {level} and push on its top.',
  'describe.cavity.one':
    '{procedure}. A space for the cement: the balloon is out. It leaves a hollow inside {level}.',
  'describe.cavity.two':
    '{procedure}. A space for the cement: the balloons are out. They leave a hollow inside {level}.',
  'describe.cement.one':
    '{procedure}. The cement: grey-white cement fills {level} from the tip of the needle.',
  'describe.cement.two':
    '{procedure}. The cement: grey-white cement fills {level} from the tips of the two needles.',
  'describe.cement.leak': 'A little cement (orange) seeps out of the bone.',
  'describe.result.one': '{procedure}. Afterwards: the needle is out. {level} now holds hard cement.',
  'describe.result.two': '{procedure}. Afterwards: the needles are out. {level} now holds hard cement.',
  'describe.oneNeedle': 'One needle goes',
  'describe.twoNeedles': 'Two needles go',
  'describe.keys': 'Shift and the arrow keys turn the view; + and − zoom.',
  'scene.noWebgl':
    'This 3D view needs WebGL, which this browser or device does not provide. Try another browser, or turn on hardware acceleration.',
  'scene.error': 'The 3D view stopped: {message}',
  'scene.still':
    'A still picture of balloon kyphoplasty. The spine is seen from the side. A thin tube goes into a sunken bone from the back. A small blue balloon fills inside the bone to lift it.',
  'embed.disclaimer': 'For education only.',
  'embed.disclaimerMore': 'Not medical advice.',
  'embed.open': 'Open in Spine3D',
  'embed.openLabel': 'Open this view in the full Spine3D app, in a new tab',
  'embed.copy': 'Copy embed code',
  'embed.copied': 'Embed code copied. Paste it into your page.',
  'embed.copyByHand': 'Copy this code into your page:',
  'scene.loading': 'Loading the spine…',
  'loading.models': 'Loading the 3D model: {loaded} of {total} parts',
  'loading.preparing': 'Preparing the view…',
  'notices.title': 'Some settings were adjusted',
  'simulation.failed': 'The simulation stopped',
  'notices.dismiss': 'Dismiss',
  'notices.source.url': 'url',
  'notices.source.panel': 'panel',
  'notices.source.controls': 'controls',
  'notices.source.api': 'api',
  // Notices: what the address, the panel or the API asked for that had to be changed or refused, as
  // templates of the structured problems (sim/scenario.ts, state/*Params.ts). Values typed in the
  // address ({given}, {allowed}, {kept}, {result}) are shown as typed; only the words around them
  // are translated. These English templates give exactly the messages the parsers build.
  'problem.scenario.notObject':
    'scenario: expected an object of scenario keys, got {given} — kept every value',
  'problem.scenario.unknownKey': '{key}: not a scenario key (one of {allowed}) — ignored',
  'problem.scenario.expectedOneOf': '{key}: expected one of {allowed}, got {given} — kept {kept}',
  'problem.scenario.expectedBoolean': '{key}: expected true or false, got {given} — kept {kept}',
  'problem.scenario.expectedInteger': '{key}: expected an integer from {allowed}, got {given} — kept {kept}',
  'problem.scenario.expectedNumber': '{key}: expected a number from {allowed}, got {given} — kept {kept}',
  'problem.scenario.rounded': '{key}: expected an integer, got {given} — rounded to {result}',
  'problem.scenario.clamped': '{key}: {given} is outside {allowed} — clamped to {result}',
  'problem.scenario.gradeIgnored':
    '{key}: given together with heightLossPct — grade ignored, heightLossPct {loss} used',
  'problem.range': '{min}–{max}',
  'problem.rangeSigned': '{min} to {max}',
  'problem.rangeUnit': '{range} {unit}',
  'problem.view.expectedOneOf': '{key}: expected one of {allowed}, got "{given}" — kept {kept}',
  'problem.view.overlayKept': '{key}: expected a list of {allowed}, got {given} — kept {kept}',
  'problem.view.overlayNone': '{key}: expected a list of {allowed}, got {given} — none shown',
  'problem.chapter.unknown': '{key}: expected one of {allowed}, got "{given}" — opened at the start',
  'problem.chapter.otherProcedure':
    '{key}: "{given}" is not a chapter of {procedure} ({allowed}) — opened {result}',
  'problem.time.notNumber': '{key}: expected seconds from 0 to {limit}, got "{given}" — opened at 0',
  'problem.time.outsideChapter':
    '{key}: {given} s is outside the {chapter} chapter (0–{limit} s) — opened at {result} s',
  'problem.time.outsideStory': '{key}: {given} s is outside the story (0–{limit} s) — opened at {result} s',
  'problem.play.expected': '{key}: expected one of 0 | 1 | true | false, got "{given}" — paused',
  'problem.heights.format':
    '{key}: expected three heights in mm as anterior,middle,posterior (e.g. 16.5,20,26), got "{given}" — not applied',
  'problem.heights.notPositive':
    '{key}: expected three positive heights in mm, got {which} {value} — not applied',
  'problem.heights.tooTall':
    '{key}: {which} {value} mm is taller than a healthy {level} (about {about} mm; at most {most}) — not applied',
  'problem.heights.beyondModel': '{key}: a {loss} % loss is beyond what the model shows — shown at {max} %',
  'problem.mode.expected': '{key}: expected one of {allowed}, got "{given}" — opened for {audience}',
  'problem.lang.unknown': '{key}: expected one of {allowed}, got "{given}" — shown in {language}',
  'problem.lang.notLoaded': '{key}: the texts in {language} did not load ({error}) — still shown in {shown}',
  'term.unset': 'unset',
  'term.on': 'on',
  'term.off': 'off',
  'term.anterior': 'anterior',
  'term.middle': 'middle',
  'term.posterior': 'posterior',
  'term.patients': 'patients',
  'term.educators': 'educators',
  'language.label': 'Language',
  // Each language's name in this catalogue's language (notices); the menu shows every name in its own.
  'language.name.en': 'English',
  'language.name.es': 'Spanish',
  'language.name.de': 'German',
  'language.name.fr': 'French',
  'panel.title': 'Educator',
  'panel.fracture': 'Fracture',
  'panel.procedure': 'Procedure',
  'panel.bone': 'Bone',
  'panel.cement': 'Cement',
  'panel.balloon': 'Balloon',
  'panel.patient': 'Patient',
  'panel.view': 'View',
  'panel.labels': 'Level labels',
  'panel.ribs': 'Rib stubs',
  // The educator panel: each scenario key's label, unit and description (sim/scenarioFields.ts keeps
  // the English for the CLI and the docs), and the words for its options.
  'field.procedure.label': 'Procedure',
  'field.procedure.description':
    'Vertebroplasty (cement through a needle) or balloon kyphoplasty (balloon first, then cement into the cavity).',
  'field.level.label': 'Level',
  'field.level.description':
    'Fractured vertebra; T12–L1 is where these fractures cluster (the usual clinical finding; no single study cited).',
  'field.heightLossPct.label': 'Height loss',
  'field.heightLossPct.unit': '%',
  'field.heightLossPct.description':
    'Loss of the height that the shape defines; setting it clears the grade.',
  'field.grade.label': 'Genant grade',
  'field.grade.description':
    'Severity by Genant grade (Genant 1993; Wáng 2019); sets the height loss to the grade’s representative value.',
  'field.shape.label': 'Shape',
  'field.shape.description': 'Wedge (anterior height lost), biconcave (middle) or crush (all heights).',
  'field.fractureAgeDays.label': 'Fracture age',
  'field.fractureAgeDays.unit': 'days',
  'field.fractureAgeDays.description':
    'Days since the fracture; acute (< 10 weeks) fractures regain more height (Crandall 2004; Palmowski 2020), a smooth curve of age.',
  'field.corticalBreach.label': 'Cortical breach',
  'field.corticalBreach.description':
    'Where the cortical shell is broken; a breach raises leakage (OR 5.56, Zhan 2017).',
  'field.cleft.label': 'Intravertebral cleft',
  'field.cleft.description':
    'A gap in the body filled with gas (a vacuum cleft) or fluid; OR 1.40 for leakage (Zhan 2017).',
  'field.tScore.label': 'T-score',
  'field.tScore.unit': 'SD',
  'field.tScore.description':
    'Bone density; lower means more porous, more permeable bone (model default −3, an osteoporotic patient).',
  'field.approach.label': 'Approach',
  'field.approach.description': 'One needle (tip near the midline) or one through each pedicle.',
  'field.cementViscosity.label': 'Cement viscosity',
  'field.cementViscosity.description': 'Low-viscosity cement leaks more (OR 3.32, Zhan 2017).',
  'field.injectionStartMin.label': 'Injection start',
  'field.injectionStartMin.unit': 'min',
  'field.injectionStartMin.description':
    'Minutes after mixing; PMMA is injectable from about 4 to 15 min (handling times, an unattributed clinical figure).',
  'field.cementVolumeMl.label': 'Cement volume',
  'field.cementVolumeMl.unit': 'mL',
  'field.cementVolumeMl.description':
    'Planned volume; about 2.4 mL per side in bipedicular BKP (FREE trial, Van Meirhaeghe 2013); in BKP for myeloma, 4.1 mL through one pedicle and 4.9 mL through two (Papanastassiou 2014).',
  'field.injectionRateMlPerMin.label': 'Injection rate',
  'field.injectionRateMlPerMin.unit': 'mL/min',
  'field.injectionRateMlPerMin.description': 'Syringe flow (model default 2 mL/min; not from a study).',
  'field.balloonSizeMm.label': 'Balloon size',
  'field.balloonSizeMm.unit': 'mm',
  'field.balloonSizeMm.description':
    'Inflatable bone tamp length: 10, 15 or 20 mm, 2–3 mL (an unattributed clinical figure). Kyphoplasty only.',
  'field.balloonMaxPsi.label': 'Balloon pressure limit',
  'field.balloonMaxPsi.unit': 'psi',
  'field.balloonMaxPsi.description':
    'Inflation stops at this pressure (maximum unconfirmed, ≈400–700 psi). Kyphoplasty only.',
  'field.seed.label': 'Seed',
  'field.seed.description': 'Chooses this patient’s bone and veins; the same seed gives the same result.',
  'option.procedure.vertebroplasty': 'vertebroplasty',
  'option.procedure.kyphoplasty': 'kyphoplasty',
  'option.shape.wedge': 'wedge',
  'option.shape.biconcave': 'biconcave',
  'option.shape.crush': 'crush',
  'option.corticalBreach.none': 'none',
  'option.corticalBreach.anterior': 'anterior',
  'option.corticalBreach.lateral': 'lateral',
  'option.corticalBreach.posterior': 'posterior',
  'option.corticalBreach.endplate': 'endplate',
  'option.approach.unipedicular': 'unipedicular',
  'option.approach.bipedicular': 'bipedicular',
  'option.cementViscosity.low': 'low',
  'option.cementViscosity.medium': 'medium',
  'option.cementViscosity.high': 'high',
  // The shape inside a sentence: the view's description (describe.fracture), the measured fracture (heights.result).
  'shape.wedge': 'wedge',
  'shape.biconcave': 'biconcave',
  'shape.crush': 'crush',
  'procedure.vertebroplasty': 'Vertebroplasty',
  'procedure.kyphoplasty': 'Balloon kyphoplasty',
  'procedure.inSentence.vertebroplasty': 'vertebroplasty',
  'procedure.inSentence.kyphoplasty': 'balloon kyphoplasty',

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
  // Every caption follows the case: one needle or two (the approach), and in "Afterwards" the height
  // the simulation actually regained (ui/chapterText.ts chooses the sentences).
  'caption.access.one':
    'You lie face down. The skin is numbed and the doctor makes one small cut. Guided by X-rays, a thin hollow needle goes through the back muscles to the bone.',
  'caption.access.two':
    'You lie face down. The skin is numbed and the doctor makes two small cuts. Guided by X-rays, two thin hollow needles go through the back muscles to the bone, one from each side.',
  'caption.access.kyphoplasty.one': 'A small drill then makes a path inside the bone for the balloon.',
  'caption.access.kyphoplasty.two': 'A small drill then makes a path inside the bone for each balloon.',
  'caption.needle.one':
    'The needle passes through a narrow bridge of bone on its way in. Its tip stops near the front of the broken bone.',
  'caption.needle.two':
    'Each needle passes through a narrow bridge of bone on its way in. Their tips stop near the front of the broken bone.',
  'caption.balloon.one':
    'A small balloon goes into the bone and is slowly filled. It pushes the soft broken bone aside and can lift the part that sank.',
  'caption.balloon.two':
    'Two small balloons, one through each needle, go into the bone and are slowly filled. They push the soft broken bone aside and can lift the part that sank.',
  'caption.cavity.one': 'The balloon is emptied and taken out. It leaves a hollow space inside the bone.',
  'caption.cavity.two': 'The balloons are emptied and taken out. They leave a hollow space inside the bone.',
  'caption.cement.vertebroplasty.one':
    'Bone cement, a thick paste, is pushed slowly through the needle. It spreads into the spaces inside the bone and hardens within minutes.',
  'caption.cement.vertebroplasty.two':
    'Bone cement, a thick paste, is pushed slowly through both needles. It spreads into the spaces inside the bone and hardens within minutes.',
  'caption.cement.kyphoplasty':
    'Thick bone cement fills the hollow space and hardens within minutes. It goes in at low pressure, but some can still seep out.',
  'caption.cement.leak':
    'Here a little cement seeps out of the bone (shown in orange). This is common. It rarely causes any problem.',
  'caption.result.out.one': 'The needle comes out and a small dressing covers the cut.',
  'caption.result.out.two': 'The needles come out and small dressings cover the cuts.',
  'caption.result.hold': 'The hard cement holds the broken pieces still.',
  'caption.result.height.much': 'The bone has won back much of the height it lost.',
  'caption.result.height.some': 'The bone is now a little taller.',
  'caption.result.height.none': 'Its height has barely changed.',
  'caption.result.height.old':
    'Its height has barely changed: a break this old has often healed in its sunken shape.',
  'caption.result.height.vertebroplasty':
    'Vertebroplasty does not aim to lift the bone, and its height has barely changed.',
  'caption.result.pain': 'Pain eased about the same after both treatments (Dohm 2014).',
  'note.shape.wedge': 'Wedge',
  'note.shape.biconcave': 'Biconcave',
  'note.shape.crush': 'Crush',
  'note.count.unipedicular': 'Unipedicular:',
  'note.count.bipedicular': 'Bipedicular:',
  'note.fracture':
    '{shape} compression fracture of {level}: {loss}% height loss, Genant grade {grade}; wedge angle {angle}°.',
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
    'Anterior height {fractured} → {final} mm ({percent}% of normal); kyphotic angle at the level corrected by {correction}°.',
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
  'player.speedValue': '{speed}×',
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
  // Under each picture in "Side by side", for educators: the model's figures, labelled as the model's,
  // each beside what the studies found.
  'outcome.label': 'The model’s estimate of {procedure} for this case',
  'outcome.leak': 'Leak seen on X-ray, model of {seeds} patients',
  'outcome.leakValue': '{p} (95% interval {low}–{high})',
  'outcome.computing': 'Computing…',
  'outcome.height': 'Front height, model of one patient',
  'outcome.heightValue': '{before} → {after} of healthy ({mm} mm back)',
  'outcome.kyphosis': 'Kyphotic angle at the level corrected, model',
  'outcome.degrees': '{value}°',
  'outcome.cement': 'Cement injected, model',
  'outcome.ml': '{value} mL',
  'outcome.studies.leak': 'studies: {low}–{high} per treated bone',
  'outcome.studies.height': 'studies: {before} → {after} of healthy in fresh breaks',
  'outcome.studies.kyphosis': 'studies: {value}° on average',
  'outcome.studies.cement': 'studies: {value} mL per side',
  'outcome.basis': 'What it rests on',
  'outcome.basisValue': 'Calibrated to the studies’ rates; no prediction for a patient.',
  'height.title': 'Height of the broken bone',
  'height.height': 'Height',
  'height.now': 'Now',
  'height.ofNormal': 'of healthy',
  'height.anterior': 'Front',
  'height.middle': 'Middle',
  'height.posterior': 'Back',
  'height.angle': 'Wedge angle',
  // A no-break space: the figure and its unit stay on one line in narrow table cells.
  'height.mm': '{value} mm',
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
    'The model of this case: {p} of {seeds} simulated patients had a leak that shows on an X-ray (95% interval {low}–{high}).',
  'risk.computing': 'Simulating {seeds} patients…',
  'risk.published.vertebroplasty': 'Published rates after vertebroplasty, per treated bone:',
  'risk.published.kyphoplasty': 'Published rates after balloon kyphoplasty, per treated bone:',
  'risk.legend': 'How often cement reached the wall there',
  'risk.legendLabel': '{legend}: {from} → {to}',
  'risk.never': 'never',
  'risk.always': 'every time',
  'risk.ctNote':
    'CT finds about 1.5 times as many leaks as plain X-rays (Yeom 2003). Most leaks cause no symptoms.',
  'sources.open': 'Source: {source}',
  'sources.title': 'Sources',
  'sources.intro':
    'The studies behind the figures. Each reference is as published, in English; under it, what the app takes from the study.',
  'sources.grade': 'Evidence: {grade}',
  'sources.grade.H': 'meta-analysis or randomised trial',
  'sources.grade.M': 'a single study of another kind',
  'sources.grade.L': 'a review, a guideline, or read in part',
  'sources.close': 'Close',
  'views.label': 'Views and overlays',
  'views.mode': 'View',
  'views.mode.scene': '3D',
  'views.mode.fluoro': 'X-ray',
  'views.mode.compare': 'Side by side',
  'views.mode.cutaway': 'Cut-away',
  'views.overlays': 'Overlays',
  'views.overlay.risk': 'Leak risk',
  'views.overlay.height': 'Height',
  'views.overlay.fluoro': 'X-ray inset',
  'views.overlay.anatomy': 'Anatomy',
  'anatomy.body': 'Vertebral body',
  'anatomy.endplate': 'Endplate',
  'anatomy.pedicle': 'Pedicle',
  'anatomy.lamina': 'Lamina',
  'anatomy.spinous': 'Spinous process',
  'anatomy.transverse': 'Transverse process',
  'anatomy.canal': 'Spinal canal',
  'anatomy.disc': 'Disc',
  'anatomy.basivertebral': 'Basivertebral vein',
  'fluoro.title.lateral': 'Lateral X-ray',
  'fluoro.title.ap': 'AP X-ray',
  'fluoro.projection': 'X-ray projection',
  'fluoro.projection.lateral': 'Lateral',
  'fluoro.projection.ap': 'AP',
  'fluoro.label':
    '{projection}, simulated: the spine around {level} as the C-arm shows it at this moment — bone in greys, cement and the metal needles bright white.',
  'fluoro.inset': '{projection}: the procedure at this moment, as a C-arm would show it',
  'fluoro.leakKey': 'Orange marks cement outside the bone; an X-ray shows it white.',
  'cut.label': 'Cut-away',
  'cut.axis': 'Cut',
  'cut.axis.sagittal': 'Side to side (sagittal)',
  'cut.axis.axial': 'Top to bottom (axial)',
  'cut.position': 'Cut position',
  'cut.xray': 'See-through bone',
  'mode.label': 'Show this for',
  'mode.patient': 'Patients',
  'mode.educator': 'Educators',
  'choice.label': 'Treatment',
  // What the studies say (patients; also on the print sheet): the benefits, then the risks beside them.
  'studies.title': 'What the studies say',
  'studies.benefitsTitle': 'What it can do',
  'studies.pain': 'In studies that compared the two, pain eased about as much after each.',
  'studies.trials':
    'Studies do not all agree on how much the cement itself helps. In one, vertebroplasty did no better than a fake (sham) treatment after a month. In another, for breaks under 6 weeks old, it eased pain more than rest and painkillers.',
  'studies.height.kyphoplasty':
    'The balloon can lift the broken bone a little. On average, the forward bend at the broken bone got {kypho}° smaller. With vertebroplasty it got {vert}° smaller.',
  'studies.height.vertebroplasty':
    'Vertebroplasty holds the bone still but does not lift it much. On average, the forward bend at the broken bone got {vert}° smaller. With balloon kyphoplasty it got {kypho}° smaller.',
  'studies.time': 'It takes about {minutes} minutes.',
  'studies.risksTitle': 'Risks',
  'studies.leak':
    'A bit of cement often seeps out of the bone. X-rays show it in about {n} in 100 bones treated by {procedure}.',
  'studies.leakCompared':
    'Compared side by side, balloon kyphoplasty had fewer leaks. For every 10 leaks after vertebroplasty, there were about {n}.',
  'studies.leakCt':
    'CT scans find more. In one trial, CT found some cement outside the bone in about {vert} in 10 bones after vertebroplasty, and {kypho} in 10 after kyphoplasty.',
  'studies.leakHarm':
    'Most of the time, this cement does no harm. Rarely, it presses on a nerve. In a study of {people} people, it got into the spinal canal in fewer than {n} in 100.',
  'studies.lungs':
    'Very rarely, cement goes to the lungs. Over {years} years, one trial found this in about 1 in {of} people after either one.',
  'studies.otherRisks':
    'As with any treatment, you could get an infection or bleed. The medicine that numbs you or makes you sleep can cause a reaction. In a study of {people} people, {infection} had an infection and {bleeding} had bleeding that needed care.',
  'studies.newFractures':
    'Later, another bone in the spine may break. In one trial, X-rays over {years} years found a new break, with or without pain, in {low} to {high} in 10 people after either treatment.',
  'studies.newFracturesReview':
    'In many studies, {treated} in 100 people had a new break after either one. With no treatment, it was {none} in 100. That is twice as many.',
  'studies.model': 'The moving picture is a computer model. Your own case may be different.',
  // Under each picture in "Side by side", for patients: what head-to-head studies found, never the model's
  // figures. Short labels, so not scored for readability (patientKeys.ts).
  'studyOutcome.label': 'What studies found for {procedure}',
  'studyOutcome.pain': 'Pain relief',
  'studyOutcome.painValue': 'About the same after either',
  'studyOutcome.leak': 'Cement outside the bone on CT',
  'studyOutcome.leakValue': 'About {n} in 10 treated bones',
  'studyOutcome.bend': 'Forward bend at the broken bone',
  'studyOutcome.bendValue': '{value}° smaller on average',
  'studyOutcome.time': 'Time',
  'studyOutcome.timeValue': 'About {minutes} minutes',
  'studyOutcome.sources': 'Sources',
  // A patient's day: before, during and after (the "How do doctors choose?" dialog and the print sheet).
  'patient.day.title': 'Before, during and after',
  'patient.day.scan':
    'Before: an X-ray shows the break. An MRI scan can show if it is recent. The trials treated breaks that looked recent on MRI.',
  'patient.day.alternative':
    'Not every break needs this. Painkillers, rest and time help many breaks heal. In one trial, about {n} in 10 people who were waiting got better on their own.',
  'patient.day.notFor':
    'It is not done if you have an infection or a bleeding problem that cannot be treated. Nor if bone presses on your spinal cord, or if you are allergic to bone cement.',
  'patient.day.anaesthesia':
    'During: you lie face down. The skin is numbed. You may also get medicine to make you sleepy, or be fully asleep.',
  'patient.day.time':
    'Vertebroplasty took about {vert} minutes in one trial. Balloon kyphoplasty took about {kypho}. So both took less than an hour.',
  'patient.day.home': 'After: you rest lying flat for a short time. Most people go home the same day.',
  'patient.day.relief': 'Pain often eases within a day or two.',
  'patient.day.bones':
    'Ask about treating your weak bones too. One break makes another more likely, most of all soon after it.',
  'choose.open': 'How do doctors choose?',
  'choose.title': 'How do doctors choose?',
  'choose.intro': 'There is no single right answer. Your doctor looks at several things with you:',
  'choose.severity': 'How badly the bone has broken and how much height it has lost.',
  'choose.age':
    'How old the break is. A bone that broke months ago may have healed in its new shape, and a balloon lifts it less.',
  'choose.levels':
    'Where the break is, and how many. Some doctors prefer balloon kyphoplasty for a bone that lost more than half its height. Some also prefer it for several broken bones, or a break where the upper and lower back meet.',
  'choose.health': 'Your general health. Heart or lung trouble may favour the shorter procedure.',
  'choose.goals': 'What matters most to you: less pain and a steady spine, or also a straighter back.',
  'choose.cost': 'Cost, and which treatment your hospital offers.',
  'choose.experience': 'How often your doctor does each treatment.',
  'choose.questions': 'Questions you may want to ask your doctor',
  'choose.q1': 'Is my break recent enough for this to help?',
  'choose.q2': 'Would I gain from having some height lifted back?',
  'choose.q3': 'What are the risks for me?',
  'choose.q4': 'How many of these does your team do each year?',
  'choose.q5': 'What happens if I wait?',
  'choose.q6': 'How will my weak bones be treated, so I break fewer bones later?',
  'choose.close': 'Close',
  'narration.on': 'Read aloud',
  'narration.unavailable': 'Reading aloud is not available in this browser',
  'text.smaller': 'Smaller text',
  'text.larger': 'Larger text',
  'heights.title': 'Heights on the patient’s radiograph ({level})',
  'heights.apply': 'Apply',
  'heights.result': 'Genant grade {grade}, {shape} fracture; wedge angle {angle}°.',
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
  'help.present': 'Presenter mode: full screen, only the view (educators)',
  'present.start': 'Present',
  'share.title': 'Share and take away',
  'share.link': 'Copy link',
  'share.picture': 'Save picture',
  'takeaway.record': 'Record video',
  'takeaway.stop': 'Stop recording',
  'takeaway.noVideo': 'This browser cannot record video',
  'takeaway.print': 'Print for the patient',
  'present.stop': 'Stop presenting',
  // Key names as printed on keyboards in the reader's country.
  'key.space': 'Space',
  'key.home': 'Home',
  'key.end': 'End',
  'key.pageUp': 'Page Up',
  'key.pageDown': 'Page Down',
  'key.shift': 'Shift',
  // The story's view: the studies beside it, the way back to the story's camera, where we are.
  'studies.close': 'Close the studies',
  'view.storyCamera': 'Back to the story’s view',
  'locator.label': 'Where we are on the spine: {level}',
  'figures.label': 'The case’s figures',
  // What each study gives the app (the sources dialog): `source.<id>`, the bibliography's English.
  ...SOURCE_USES,
} as const

export type MessageKey = keyof typeof en

/** A catalogue: a text for every key English has, and no other key. */
export type Catalogue = Readonly<Record<MessageKey, string>>
