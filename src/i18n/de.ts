/**
 * German messages (Deutsch), for patients in Germany, Austria and Switzerland: Sie, short sentences,
 * the words of German patient leaflets ("Wirbelbruch", "Vertebroplastie", "Ballon-Kyphoplastie",
 * "Knochenzement", "Keil-, Fisch- und Plattwirbel"). Written for the reader, not word for word from
 * English; study names and figures as in English.
 */
import type { Catalogue } from './en.ts'

export const de: Catalogue = {
  'app.title': 'Spine3D',
  'app.documentTitle': 'Spine3D — Wirbelbrüche verständlich erklärt',
  'app.description':
    'Eine Erklärung in 3D: Vertebroplastie und Ballon-Kyphoplastie bei Wirbelkörper-Kompressionsbrüchen.',
  'app.noscript': 'Spine3D braucht JavaScript, um das 3D-Modell zu zeigen.',
  'app.subtitle': 'Wirbelkörper-Kompressionsbrüche: Vertebroplastie und Ballon-Kyphoplastie',
  'app.disclaimer':
    'Nur zur Information. Dieses Modell ersetzt keine ärztliche Beratung durch jemanden, der Ihren Fall kennt.',
  'scene.noWebgl':
    'Diese 3D-Ansicht braucht WebGL, das dieser Browser oder dieses Gerät nicht bietet. Versuchen Sie einen anderen Browser, oder schalten Sie die Hardwarebeschleunigung ein.',
  'loading.models': 'Das 3D-Modell wird geladen: {loaded} von {total} Teilen',
  'loading.preparing': 'Die Ansicht wird vorbereitet…',
  'scene.still':
    'Ein Standbild der Ballon-Kyphoplastie. Die Wirbelsäule ist von der Seite zu sehen. Ein dünnes Röhrchen führt von hinten in einen eingesunkenen Wirbel. Ein kleiner blauer Ballon füllt sich im Knochen und hebt ihn an.',
  'scene.error': 'Die 3D-Ansicht wurde angehalten: {message}',
  'embed.disclaimer': 'Nur zur Information.',
  'embed.disclaimerMore': 'Keine ärztliche Beratung.',
  'embed.open': 'In Spine3D öffnen',
  'embed.openLabel': 'Diese Ansicht in der vollständigen Spine3D-App in einem neuen Tab öffnen',
  'embed.copy': 'Einbettungscode kopieren',
  'embed.copied': 'Einbettungscode kopiert. Fügen Sie ihn in Ihre Seite ein.',
  'embed.copyByHand': 'Kopieren Sie diesen Code in Ihre Seite:',
  'scene.loading': 'Die Wirbelsäule wird geladen …',
  'notices.title': 'Einige Einstellungen wurden angepasst',
  'simulation.failed': 'Die Simulation wurde angehalten',
  'notices.dismiss': 'Schließen',
  'notices.source.url': 'URL',
  'notices.source.panel': 'Panel',
  'notices.source.controls': 'Bedienelemente',
  'notices.source.api': 'API',
  'problem.scenario.notObject':
    'scenario: erwartet ein Objekt mit Szenario-Schlüsseln, erhalten {given} — alle Werte beibehalten',
  'problem.scenario.unknownKey': '{key}: kein Szenario-Schlüssel (erlaubt: {allowed}) — ignoriert',
  'problem.scenario.expectedOneOf':
    '{key}: erwartet einen von {allowed}, erhalten {given} — {kept} beibehalten',
  'problem.scenario.expectedBoolean':
    '{key}: erwartet true oder false, erhalten {given} — {kept} beibehalten',
  'problem.scenario.expectedInteger':
    '{key}: erwartet eine ganze Zahl im Bereich {allowed}, erhalten {given} — {kept} beibehalten',
  'problem.scenario.expectedNumber':
    '{key}: erwartet eine Zahl im Bereich {allowed}, erhalten {given} — {kept} beibehalten',
  'problem.scenario.rounded': '{key}: erwartet eine ganze Zahl, erhalten {given} — auf {result} gerundet',
  'problem.scenario.clamped': '{key}: {given} liegt außerhalb von {allowed} — auf {result} begrenzt',
  'problem.scenario.gradeIgnored':
    '{key}: zusammen mit heightLossPct angegeben — Grad ignoriert, heightLossPct {loss} verwendet',
  'problem.range': '{min}–{max}',
  'problem.rangeSigned': '{min} bis {max}',
  'problem.rangeUnit': '{range} {unit}',
  'problem.view.expectedOneOf':
    '{key}: erwartet einen von {allowed}, erhalten "{given}" — {kept} beibehalten',
  'problem.view.overlayKept':
    '{key}: erwartet eine Liste aus {allowed}, erhalten {given} — {kept} beibehalten',
  'problem.view.overlayNone': '{key}: erwartet eine Liste aus {allowed}, erhalten {given} — keine angezeigt',
  'problem.chapter.unknown': '{key}: erwartet einen von {allowed}, erhalten "{given}" — am Anfang geöffnet',
  'problem.chapter.otherProcedure':
    '{key}: "{given}" ist kein Kapitel von {procedure} ({allowed}) — {result} geöffnet',
  'problem.time.notNumber': '{key}: erwartet Sekunden von 0 bis {limit}, erhalten "{given}" — bei 0 geöffnet',
  'problem.time.outsideChapter':
    '{key}: {given} s liegt außerhalb des Kapitels {chapter} (0–{limit} s) — bei {result} s geöffnet',
  'problem.time.outsideStory':
    '{key}: {given} s liegt außerhalb des Ablaufs (0–{limit} s) — bei {result} s geöffnet',
  'problem.play.expected': '{key}: erwartet einen von 0 | 1 | true | false, erhalten "{given}" — pausiert',
  'problem.heights.format':
    '{key}: erwartet drei Höhen in mm als vorn,Mitte,hinten (z. B. 16.5,20,26), erhalten "{given}" — nicht übernommen',
  'problem.heights.notPositive':
    '{key}: erwartet drei positive Höhen in mm, erhalten {which} {value} — nicht übernommen',
  'problem.heights.tooTall':
    '{key}: {which} {value} mm ist größer als bei einem gesunden {level} (etwa {about} mm; höchstens {most}) — nicht übernommen',
  'problem.heights.beyondModel':
    '{key}: ein Verlust von {loss} % geht über das hinaus, was das Modell zeigt — mit {max} % gezeigt',
  'problem.mode.expected':
    '{key}: erwartet einen von {allowed}, erhalten "{given}" — für {audience} geöffnet',
  'problem.lang.unknown':
    '{key}: erwartet einen von {allowed}, erhalten "{given}" — angezeigt auf {language}',
  'problem.lang.notLoaded':
    '{key}: die Texte auf {language} wurden nicht geladen ({error}) — weiter auf {shown} angezeigt',
  'term.unset': 'nicht gesetzt',
  'term.on': 'an',
  'term.off': 'aus',
  'term.anterior': 'vordere Höhe',
  'term.middle': 'mittlere Höhe',
  'term.posterior': 'hintere Höhe',
  'term.patients': 'Patienten',
  'term.educators': 'Lehrende',
  'language.label': 'Sprache',
  'language.name.en': 'Englisch',
  'language.name.es': 'Spanisch',
  'language.name.de': 'Deutsch',
  'language.name.fr': 'Französisch',
  'panel.title': 'Lehre',
  'panel.fracture': 'Fraktur',
  'panel.procedure': 'Eingriff',
  'panel.bone': 'Knochen',
  'panel.cement': 'Zement',
  'panel.balloon': 'Ballon',
  'panel.patient': 'Patient',
  'panel.view': 'Ansicht',
  'panel.labels': 'Wirbel beschriften',
  'panel.ribs': 'Rippenansätze',
  'field.procedure.label': 'Eingriff',
  'field.procedure.description':
    'Vertebroplastie (Zement durch eine Nadel) oder Ballon-Kyphoplastie (erst der Ballon, dann Zement in den Hohlraum).',
  'field.level.label': 'Segment',
  'field.level.description':
    'Gebrochener Wirbel; bei T12–L1 häufen sich diese Brüche (der übliche klinische Befund; keine einzelne Studie zitiert).',
  'field.heightLossPct.label': 'Höhenverlust',
  'field.heightLossPct.unit': '%',
  'field.heightLossPct.description': 'Verlust der Höhe, die die Form bestimmt; setzt den Grad zurück.',
  'field.grade.label': 'Genant-Grad',
  'field.grade.description':
    'Schweregrad nach Genant (Genant 1993; Wáng 2019); setzt den Höhenverlust auf den typischen Wert des Grades.',
  'field.shape.label': 'Form',
  'field.shape.description':
    'Keilwirbel (vordere Höhe verloren), Fischwirbel (Mitte eingesunken) oder Plattwirbel (alle Höhen).',
  'field.fractureAgeDays.label': 'Alter der Fraktur',
  'field.fractureAgeDays.unit': 'Tage',
  'field.fractureAgeDays.description':
    'Tage seit dem Bruch; frische Frakturen (< 10 Wochen) gewinnen mehr Höhe zurück (Crandall 2004; Palmowski 2020), als glatte Kurve über das Alter.',
  'field.corticalBreach.label': 'Kortikalisdefekt',
  'field.corticalBreach.description':
    'Wo die Kortikalis gebrochen ist; ein Defekt erhöht den Zementaustritt (OR 5,56, Zhan 2017).',
  'field.cleft.label': 'Intravertebraler Spalt',
  'field.cleft.description':
    'Ein Spalt im Wirbelkörper, mit Gas (Vakuumspalt) oder Flüssigkeit gefüllt; OR 1,40 für Zementaustritt (Zhan 2017).',
  'field.tScore.label': 'T-Score',
  'field.tScore.unit': 'SD',
  'field.tScore.description':
    'Knochendichte; niedriger heißt poröser, durchlässiger Knochen (Modellvorgabe −3, ein Patient mit Osteoporose).',
  'field.approach.label': 'Zugang',
  'field.approach.description': 'Eine Nadel (Spitze nahe der Mittellinie) oder je eine durch jeden Pedikel.',
  'field.cementViscosity.label': 'Zementviskosität',
  'field.cementViscosity.description': 'Niedrigviskoser Zement tritt häufiger aus (OR 3,32, Zhan 2017).',
  'field.injectionStartMin.label': 'Injektionsbeginn',
  'field.injectionStartMin.unit': 'min',
  'field.injectionStartMin.description':
    'Minuten nach dem Anmischen; PMMA ist etwa von 4 bis 15 min injizierbar (Verarbeitungszeiten, eine klinische Angabe ohne Quelle).',
  'field.cementVolumeMl.label': 'Zementmenge',
  'field.cementVolumeMl.unit': 'mL',
  'field.cementVolumeMl.description':
    'Geplante Menge; etwa 2,4 mL pro Seite bei beidseitiger Kyphoplastie (FREE-Studie, Van Meirhaeghe 2013); bei Kyphoplastie wegen Myelom 4,1 mL durch einen Pedikel und 4,9 mL durch beide (Papanastassiou 2014).',
  'field.injectionRateMlPerMin.label': 'Injektionsrate',
  'field.injectionRateMlPerMin.unit': 'mL/min',
  'field.injectionRateMlPerMin.description':
    'Fluss aus der Spritze (Modellvorgabe 2 mL/min; nicht aus einer Studie).',
  'field.balloonSizeMm.label': 'Ballongröße',
  'field.balloonSizeMm.unit': 'mm',
  'field.balloonSizeMm.description':
    'Länge des Ballonkatheters: 10, 15 oder 20 mm, 2–3 mL (eine klinische Angabe ohne Quelle). Nur bei der Kyphoplastie.',
  'field.balloonMaxPsi.label': 'Druckgrenze des Ballons',
  'field.balloonMaxPsi.unit': 'psi',
  'field.balloonMaxPsi.description':
    'Das Füllen endet bei diesem Druck (Maximum unbestätigt, ≈400–700 psi). Nur bei der Kyphoplastie.',
  'field.seed.label': 'Startwert',
  'field.seed.description':
    'Wählt Knochen und Venen dieses Patienten; derselbe Startwert ergibt dasselbe Ergebnis.',
  'option.procedure.vertebroplasty': 'Vertebroplastie',
  'option.procedure.kyphoplasty': 'Kyphoplastie',
  'option.shape.wedge': 'Keilwirbel',
  'option.shape.biconcave': 'Fischwirbel',
  'option.shape.crush': 'Plattwirbel',
  'option.corticalBreach.none': 'keiner',
  'option.corticalBreach.anterior': 'vorn',
  'option.corticalBreach.lateral': 'seitlich',
  'option.corticalBreach.posterior': 'hinten',
  'option.corticalBreach.endplate': 'Endplatte',
  'option.approach.unipedicular': 'unipedikulär',
  'option.approach.bipedicular': 'bipedikulär',
  'option.cementViscosity.low': 'niedrig',
  'option.cementViscosity.medium': 'mittel',
  'option.cementViscosity.high': 'hoch',
  'shape.wedge': 'Keilwirbel',
  'shape.biconcave': 'Fischwirbel',
  'shape.crush': 'Plattwirbel',
  'procedure.vertebroplasty': 'Vertebroplastie',
  'procedure.kyphoplasty': 'Ballon-Kyphoplastie',
  'procedure.inSentence.vertebroplasty': 'Vertebroplastie',
  'procedure.inSentence.kyphoplasty': 'Ballon-Kyphoplastie',

  'chapter.fracture.title': 'Der gebrochene Wirbel',
  'chapter.access.title': 'Der Weg zum Knochen',
  'chapter.needle.title': 'In den Knochen',
  'chapter.balloon.title': 'Der Ballon',
  'chapter.cavity.title': 'Platz für den Zement',
  'chapter.cement.title': 'Der Zement',
  'chapter.result.title': 'Danach',
  'caption.fracture.wedge':
    'Das ist die Wirbelsäule, von der Seite gesehen. Ein Wirbel, {level}, ist gebrochen. Vorne ist er eingesunken, jetzt hat er die Form eines Keils. Schwache Knochen können so schon bei einem kleinen Sturz brechen, sogar beim Husten.',
  'caption.fracture.biconcave':
    'Das ist die Wirbelsäule, von der Seite gesehen. Ein Wirbel, {level}, ist gebrochen. In der Mitte ist er eingesunken, oben und unten. Schwache Knochen können so schon bei einem kleinen Sturz brechen, sogar beim Husten.',
  'caption.fracture.crush':
    'Das ist die Wirbelsäule, von der Seite gesehen. Ein Wirbel, {level}, ist gebrochen. Der ganze Wirbel ist flach gedrückt. Schwache Knochen können so schon bei einem kleinen Sturz brechen, sogar beim Husten.',
  'caption.access.one':
    'Sie liegen auf dem Bauch. Die Haut wird betäubt, dann macht die Ärztin oder der Arzt einen kleinen Schnitt. Unter Röntgenkontrolle geht eine dünne Hohlnadel durch die Rückenmuskeln bis zum Knochen.',
  'caption.access.two':
    'Sie liegen auf dem Bauch. Die Haut wird betäubt, dann macht die Ärztin oder der Arzt zwei kleine Schnitte. Unter Röntgenkontrolle gehen zwei dünne Hohlnadeln durch die Rückenmuskeln bis zum Knochen, eine von jeder Seite.',
  'caption.access.kyphoplasty.one': 'Dann bahnt ein kleiner Bohrer im Knochen den Weg für den Ballon.',
  'caption.access.kyphoplasty.two': 'Dann bahnt ein kleiner Bohrer im Knochen den Weg für jeden Ballon.',
  'caption.needle.one':
    'Auf dem Weg hinein geht die Nadel durch eine schmale Brücke aus Knochen. Ihre Spitze hält vorne im gebrochenen Wirbel an.',
  'caption.needle.two':
    'Auf dem Weg hinein geht jede Nadel durch eine schmale Brücke aus Knochen. Ihre Spitzen halten vorne im gebrochenen Wirbel an.',
  'caption.balloon.one':
    'Ein kleiner Ballon kommt in den Knochen und wird langsam gefüllt. Er schiebt den weichen, gebrochenen Knochen zur Seite und kann den eingesunkenen Teil anheben.',
  'caption.balloon.two':
    'Zwei kleine Ballons, einer durch jede Nadel, kommen in den Knochen und werden langsam gefüllt. Sie schieben den weichen, gebrochenen Knochen zur Seite und können den eingesunkenen Teil anheben.',
  'caption.cavity.one': 'Der Ballon wird geleert und herausgezogen. Zurück bleibt ein Hohlraum im Knochen.',
  'caption.cavity.two':
    'Die Ballons werden geleert und herausgezogen. Zurück bleibt ein Hohlraum im Knochen.',
  'caption.cement.vertebroplasty.one':
    'Knochenzement, eine zähe Paste, wird langsam durch die Nadel gedrückt. Er verteilt sich in den Zwischenräumen im Knochen und wird in wenigen Minuten hart.',
  'caption.cement.vertebroplasty.two':
    'Knochenzement, eine zähe Paste, wird langsam durch beide Nadeln gedrückt. Er verteilt sich in den Zwischenräumen im Knochen und wird in wenigen Minuten hart.',
  'caption.cement.kyphoplasty':
    'Zäher Knochenzement füllt den Hohlraum und wird in wenigen Minuten hart. Er fließt mit wenig Druck hinein, doch etwas kann trotzdem austreten.',
  'caption.cement.leak':
    'Hier tritt etwas Zement aus dem Knochen aus (orange gezeigt). Das kommt oft vor. Es macht nur selten Probleme.',
  'caption.result.out.one': 'Die Nadel wird entfernt, ein kleines Pflaster deckt den Schnitt ab.',
  'caption.result.out.two': 'Die Nadeln werden entfernt, kleine Pflaster decken die Schnitte ab.',
  'caption.result.hold': 'Der harte Zement hält die gebrochenen Teile ruhig.',
  'caption.result.height.much': 'Der Wirbel hat einen großen Teil der verlorenen Höhe zurück.',
  'caption.result.height.some': 'Der Wirbel ist jetzt etwas höher.',
  'caption.result.height.none': 'Seine Höhe hat sich kaum verändert.',
  'caption.result.height.old':
    'Seine Höhe hat sich kaum verändert: Ein so alter Bruch ist oft schon in seiner eingesunkenen Form verheilt.',
  'caption.result.height.vertebroplasty':
    'Die Vertebroplastie soll den Wirbel nicht anheben, und seine Höhe hat sich kaum verändert.',
  'caption.result.pain': 'Die Schmerzen ließen nach beiden Behandlungen etwa gleich stark nach (Dohm 2014).',
  'note.shape.wedge': 'Keilförmige Kompressionsfraktur',
  'note.shape.biconcave': 'Bikonkave Kompressionsfraktur (Fischwirbel)',
  'note.shape.crush': 'Kompressionsfraktur als Plattwirbel',
  'note.count.unipedicular': 'Unipedikulär:',
  'note.count.bipedicular': 'Bipedikulär:',
  'note.fracture': '{shape} von {level}: {loss} % Höhenverlust, Genant-Grad {grade}; Keilwinkel {angle}°.',
  'note.access':
    '{count} transpedikulärer Trokar mit Kanüle ({gauge} G) unter Durchleuchtung; Eintritt am hinteren Ende des Pedikels.',
  'note.access.kyphoplasty':
    '{count} transpedikuläre Arbeitskanüle ({gauge} G), Spitze knapp im hinteren Wirbelkörper; ein Bohrer öffnet den Weg ins vordere Drittel.',
  'note.needle':
    'Kanüle ins vordere Drittel des Wirbelkörpers vorgeschoben ({depth} mm ab Knocheneintritt); Trokar entfernt.',
  'note.balloon':
    'Ballonkatheter, {size} mm: je {volume} mL bei bis zu {pressure} psi; vordere Höhe {before} → {after} mm.',
  'note.cavity':
    'Beim Entleeren geht ein Teil der Aufrichtung verloren; der Hohlraum ({cavity} mL) bleibt und wird zuerst gefüllt.',
  'note.cement':
    'PMMA (Viskosität {viscosity}) {injected} mL mit {rate} mL/min ab {start} min nach dem Anmischen; höchster Spritzendruck {pressure} MPa.',
  'note.cement.leak': 'Austritt: {leaked} mL über {routes}.',
  'note.result':
    'Vordere Höhe {fractured} → {final} mm ({percent} % der normalen); kyphotischer Winkel auf dieser Höhe um {correction}° korrigiert.',
  'route.basivertebral': 'die basivertebrale Vene',
  'route.segmental': 'eine Segmentvene',
  'route.cortical': 'einen Kortikalisdefekt',
  'route.disc': 'die Bandscheibe',
  'route.canal': 'den Spinalkanal',
  'viscosity.low': 'niedrig',
  'viscosity.medium': 'mittel',
  'viscosity.high': 'hoch',

  'player.label': 'Wiedergabe',
  'player.chapters': 'Kapitel',
  'player.chapter': 'Kapitel {number}: {title}',
  'player.play': 'Abspielen',
  'player.pause': 'Pause',
  'player.replay': 'Noch einmal abspielen',
  'player.previous': 'Vorheriges Kapitel',
  'player.next': 'Nächstes Kapitel',
  'player.seek': 'Position im Ablauf',
  'player.seekValue': '{time} von {total}, {chapter}',
  'player.speed': 'Tempo',
  'player.speedValue': '{speed}×',
  'player.loop': 'Wiederholen',
  'player.inside': 'Hineinsehen',
  'player.inside.auto': 'Automatisch',
  'player.inside.on': 'An',
  'player.inside.off': 'Aus',
  'player.captions': 'Untertitel',
  'player.help': 'Tastenkürzel',
  'player.waiting': 'Wird simuliert …',
  'readout.balloon': 'Ballon {volume} mL · {pressure} psi',
  'readout.cement': 'Zement {injected} von {total} mL · {pressure} MPa',
  'readout.leak': 'außerhalb des Knochens: {leaked} mL',
  'readout.clock': 'Eingriffszeit {time}',
  'outcome.label': 'Schätzung des Modells für diesen Fall: {procedure}',
  'outcome.leak': 'Im Röntgenbild sichtbarer Austritt, Modell mit {seeds} Patienten',
  'outcome.leakValue': '{p} (95-%-Intervall {low}–{high})',
  'outcome.computing': 'Wird berechnet …',
  'outcome.height': 'Vordere Höhe, Modell eines Patienten',
  'outcome.heightValue': '{before} → {after} der gesunden ({mm} mm zurück)',
  'outcome.kyphosis': 'Kyphotischer Winkel auf dieser Höhe korrigiert, Modell',
  'outcome.degrees': '{value}°',
  'outcome.cement': 'Injizierter Zement, Modell',
  'outcome.ml': '{value} mL',
  'outcome.studies.leak': 'Studien: {low}–{high} pro behandeltem Wirbel',
  'outcome.studies.height': 'Studien: {before} → {after} der gesunden bei frischen Brüchen',
  'outcome.studies.kyphosis': 'Studien: im Mittel {value}°',
  'outcome.studies.cement': 'Studien: {value} mL pro Seite',
  'outcome.basis': 'Worauf es beruht',
  'outcome.basisValue': 'Auf die Raten der Studien abgestimmt; keine Vorhersage für einen Patienten.',
  'height.title': 'Höhe des gebrochenen Wirbels',
  'height.height': 'Höhe',
  'height.now': 'Jetzt',
  'height.ofNormal': 'der gesunden',
  'height.anterior': 'Vorn',
  'height.middle': 'Mitte',
  'height.posterior': 'Hinten',
  'height.angle': 'Keilwinkel',
  'height.mm': '{value} mm',
  'height.key.healthy': 'gesunder Wirbel',
  'height.key.fractured': 'nach dem Bruch',
  'height.key.now': 'jetzt',
  'exit.basivertebral': 'Basivertebrale Vene',
  'exit.segmental': 'Segmentvene',
  'exit.cortical': 'Riss in der Wand',
  'exit.disc': 'In die Bandscheibe',
  'exit.canal': 'Spinalkanal',
  'risk.title': 'Wahrscheinlichkeit eines Zementaustritts',
  'risk.case':
    'Das Modell dieses Falls: {p} von {seeds} simulierten Patienten hatten einen Austritt, der im Röntgenbild sichtbar ist (95-%-Intervall {low}–{high}).',
  'risk.computing': 'Es werden {seeds} Patienten simuliert …',
  'risk.published.vertebroplasty': 'Veröffentlichte Raten nach Vertebroplastie, pro behandeltem Wirbel:',
  'risk.published.kyphoplasty': 'Veröffentlichte Raten nach Ballon-Kyphoplastie, pro behandeltem Wirbel:',
  'risk.legend': 'Wie oft der Zement dort die Wand erreichte',
  'risk.legendLabel': '{legend}: {from} → {to}',
  'risk.never': 'nie',
  'risk.always': 'jedes Mal',
  'risk.ctNote':
    'Die CT findet etwa 1,5-mal so viele Austritte wie normale Röntgenbilder (Yeom 2003). Die meisten Austritte machen keine Beschwerden.',
  'sources.open': 'Quelle: {source}',
  'sources.title': 'Quellen',
  'sources.intro':
    'Die Studien hinter den Zahlen. Jede Quelle steht so da, wie sie veröffentlicht wurde, auf Englisch; darunter, was die App aus der Studie übernimmt.',
  'sources.grade': 'Evidenz: {grade}',
  'sources.grade.H': 'Metaanalyse oder randomisierte Studie',
  'sources.grade.M': 'eine einzelne Studie anderer Art',
  'sources.grade.L': 'eine Übersicht, eine Leitlinie oder nur teilweise gelesen',
  'sources.close': 'Schließen',
  'views.label': 'Ansichten und Einblendungen',
  'views.mode': 'Ansicht',
  'views.mode.scene': '3D',
  'views.mode.fluoro': 'Röntgen',
  'views.mode.compare': 'Nebeneinander',
  'views.mode.cutaway': 'Schnitt',
  'views.overlays': 'Einblendungen',
  'views.overlay.risk': 'Austrittsrisiko',
  'views.overlay.height': 'Höhe',
  'views.overlay.fluoro': 'Röntgenbild klein',
  'views.overlay.anatomy': 'Anatomie',
  'fluoro.title.lateral': 'Röntgenbild seitlich',
  'fluoro.title.ap': 'Röntgenbild a.p.',
  'fluoro.projection': 'Röntgenprojektion',
  'fluoro.projection.lateral': 'Seitlich',
  'fluoro.projection.ap': 'a.p.',
  'fluoro.label':
    '{projection}, simuliert: die Wirbelsäule um {level}, wie der C-Bogen sie in diesem Moment zeigt – Knochen in Grautönen, Zement und die Metallnadeln hellweiß.',
  'fluoro.inset': '{projection}: der Eingriff in diesem Moment, wie ein C-Bogen ihn zeigen würde',
  'fluoro.leakKey': 'Orange markiert Zement außerhalb des Knochens; im Röntgenbild erscheint er weiß.',
  'cut.label': 'Schnittansicht',
  'cut.axis': 'Schnittebene',
  'cut.axis.sagittal': 'Von Seite zu Seite (sagittal)',
  'cut.axis.axial': 'Von oben nach unten (axial)',
  'cut.position': 'Lage des Schnitts',
  'cut.xray': 'Durchsichtiger Knochen',
  'describe.fracture':
    '{procedure}, der gebrochene Wirbel: die Wirbelsäule von der Seite; {level} ist gebrochen ({shape}) und hat {loss} % seiner Höhe verloren.',
  'describe.access':
    '{procedure}, der Weg zum Knochen: der Patient liegt auf dem Bauch; {needles} durch die Haut und die Rückenmuskeln bis zum Knochen von {level}.',
  'describe.needle.one':
    '{procedure}, in den Knochen: die Spitze der Nadel liegt im vorderen Teil von {level}, durch den Knochen hindurch gesehen.',
  'describe.needle.two':
    '{procedure}, in den Knochen: die Spitzen der beiden Nadeln liegen im vorderen Teil von {level}, durch den Knochen hindurch gesehen.',
  'describe.balloon.one':
    '{procedure}, der Ballon: er füllt sich in {level} und drückt gegen dessen Oberseite.',
  'describe.balloon.two':
    '{procedure}, die Ballons: zwei Ballons füllen sich in {level} und drücken gegen dessen Oberseite.',
  'describe.cavity.one':
    '{procedure}, ein Raum für den Zement: der Ballon ist heraus und hinterlässt einen Hohlraum in {level}.',
  'describe.cavity.two':
    '{procedure}, ein Raum für den Zement: die Ballons sind heraus und hinterlassen einen Hohlraum in {level}.',
  'describe.cement.one':
    '{procedure}, der Zement: grauweißer Zement füllt {level} von der Spitze der Nadel aus.',
  'describe.cement.two':
    '{procedure}, der Zement: grauweißer Zement füllt {level} von den Spitzen der beiden Nadeln aus.',
  'describe.cement.leak': 'Etwas Zement (orange) tritt aus dem Knochen aus.',
  'describe.result.one': '{procedure}, danach: die Nadel ist heraus; {level} enthält harten Zement.',
  'describe.result.two': '{procedure}, danach: die Nadeln sind heraus; {level} enthält harten Zement.',
  'describe.oneNeedle': 'eine Nadel geht',
  'describe.twoNeedles': 'zwei Nadeln gehen',
  'describe.keys': 'Umschalt und die Pfeiltasten drehen die Ansicht; + und − zoomen.',
  'anatomy.body': 'Wirbelkörper',
  'anatomy.endplate': 'Endplatte',
  'anatomy.pedicle': 'Pedikel',
  'anatomy.lamina': 'Lamina',
  'anatomy.spinous': 'Dornfortsatz',
  'anatomy.transverse': 'Querfortsatz',
  'anatomy.canal': 'Spinalkanal',
  'anatomy.disc': 'Bandscheibe',
  'anatomy.basivertebral': 'Basivertebrale Vene',
  'heights.title': 'Höhen im Röntgenbild des Patienten ({level})',
  'heights.apply': 'Übernehmen',
  'heights.result': 'Genant-Grad {grade}, {shape}; Keilwinkel {angle}°.',
  'present.start': 'Präsentieren',
  'present.stop': 'Präsentation beenden',
  'takeaway.record': 'Video aufnehmen',
  'takeaway.stop': 'Aufnahme beenden',
  'takeaway.noVideo': 'Dieser Browser kann kein Video aufnehmen',
  'takeaway.print': 'Für den Patienten drucken',
  'share.title': 'Teilen und mitnehmen',
  'share.link': 'Link kopieren',
  'share.picture': 'Bild speichern',
  'mode.label': 'Ansicht für',
  'mode.patient': 'Patienten',
  'mode.educator': 'Lehrende',
  'choice.label': 'Behandlung',
  'studies.title': 'Was die Studien sagen',
  'studies.benefitsTitle': 'Was sie bewirken kann',
  'studies.pain':
    'In Studien, die beide verglichen, ließen die Schmerzen nach beiden etwa gleich stark nach.',
  'studies.trials':
    'Die Studien sind sich nicht einig, wie viel der Zement selbst hilft. In einer war die Vertebroplastie nach einem Monat nicht besser als eine Scheinbehandlung. In einer anderen linderte sie bei Brüchen, die jünger als 6 Wochen waren, die Schmerzen stärker als Schonung und Schmerzmittel.',
  'studies.leak':
    'Oft tritt etwas Zement aus dem Knochen aus. Das Röntgenbild zeigt es bei etwa {n} von 100 Wirbeln, die mit {procedure} behandelt wurden.',
  'studies.leakCompared':
    'Im direkten Vergleich gab es nach Ballon-Kyphoplastie weniger Austritte: Auf 10 Austritte nach Vertebroplastie kamen etwa {n}.',
  'studies.leakCt':
    'Das CT findet mehr. In einer Studie zeigte das CT etwas Zement außerhalb des Knochens bei etwa {vert} von 10 Wirbeln nach Vertebroplastie und {kypho} von 10 nach Kyphoplastie.',
  'studies.leakHarm':
    'Meist schadet dieser Zement nicht. Selten drückt er auf einen Nerv. In einer Studie mit {people} Menschen gelangte er bei weniger als {n} von 100 in den Spinalkanal.',
  'studies.lungs':
    'Sehr selten gelangt Zement in die Lunge. Über {years} Jahre fand eine Studie das bei etwa 1 von {of} Menschen, nach beiden Behandlungen.',
  'studies.otherRisks':
    'Wie bei jeder Behandlung kann es zu einer Infektion oder Blutung kommen. Das Mittel zur Betäubung oder zum Schlafen kann eine Reaktion auslösen. In einer Studie mit {people} Menschen hatten {infection} eine Infektion und {bleeding} eine Blutung, die behandelt werden musste.',
  'studies.height.kyphoplasty':
    'Der Ballon kann den gebrochenen Wirbel etwas anheben. Im Mittel wurde die Vorwärtsbeugung am gebrochenen Wirbel um {kypho}° kleiner. Mit Vertebroplastie wurde sie um {vert}° kleiner.',
  'studies.height.vertebroplasty':
    'Die Vertebroplastie hält den Wirbel ruhig, hebt ihn aber kaum an. Im Mittel wurde die Vorwärtsbeugung am gebrochenen Wirbel um {vert}° kleiner. Mit Ballon-Kyphoplastie wurde sie um {kypho}° kleiner.',
  'studies.newFractures':
    'Später kann ein weiterer Wirbel brechen. In einer Studie zeigten Röntgenbilder über {years} Jahre einen neuen Bruch, mit oder ohne Schmerzen, bei {low} bis {high} von 10 Menschen, nach beiden Behandlungen.',
  'studies.newFracturesReview':
    'In vielen Studien hatten {treated} von 100 Menschen nach beiden Behandlungen einen neuen Bruch. Ohne Behandlung waren es {none} von 100, also doppelt so viele.',
  'studies.time': 'Der Eingriff dauert etwa {minutes} Minuten.',
  'studies.risksTitle': 'Risiken',
  'studies.model': 'Das bewegte Bild ist ein Computermodell. Ihr eigener Fall kann anders sein.',
  'studyOutcome.label': 'Was Studien fanden: {procedure}',
  'studyOutcome.pain': 'Schmerzlinderung',
  'studyOutcome.painValue': 'Nach beiden etwa gleich',
  'studyOutcome.leak': 'Zement außerhalb des Knochens im CT',
  'studyOutcome.leakValue': 'Bei etwa {n} von 10 behandelten Wirbeln',
  'studyOutcome.bend': 'Vorwärtsbeugung am gebrochenen Wirbel',
  'studyOutcome.bendValue': 'Im Mittel {value}° kleiner',
  'studyOutcome.time': 'Dauer',
  'studyOutcome.timeValue': 'Etwa {minutes} Minuten',
  'studyOutcome.sources': 'Quellen',
  'patient.day.title': 'Vorher, währenddessen und danach',
  'patient.day.scan':
    'Vorher: Ein Röntgenbild zeigt den Bruch. Eine MRT kann zeigen, ob er frisch ist. Die Studien behandelten Brüche, die im MRT frisch aussahen.',
  'patient.day.alternative':
    'Nicht jeder Bruch braucht das. Schmerzmittel, Schonung und Zeit lassen viele Brüche heilen. In einer Studie ging es etwa {n} von 10 Menschen, die warteten, von selbst besser.',
  'patient.day.notFor':
    'Der Eingriff wird nicht gemacht, wenn Sie eine Infektion oder eine Blutgerinnungsstörung haben, die sich nicht behandeln lässt. Auch nicht, wenn Knochen auf Ihr Rückenmark drückt oder wenn Sie gegen Knochenzement allergisch sind.',
  'patient.day.anaesthesia':
    'Währenddessen: Sie liegen auf dem Bauch. Die Haut wird betäubt. Dazu bekommen Sie vielleicht ein Mittel, das Sie schläfrig macht, oder eine Vollnarkose.',
  'patient.day.time':
    'In einer Studie dauerte die Vertebroplastie etwa {vert} Minuten, die Ballon-Kyphoplastie etwa {kypho}. Beide dauerten also weniger als eine Stunde.',
  'patient.day.home':
    'Danach: Sie ruhen eine Weile flach liegend. Die meisten Menschen gehen am selben Tag nach Hause.',
  'patient.day.relief': 'Die Schmerzen lassen oft innerhalb von ein, zwei Tagen nach.',
  'patient.day.bones':
    'Fragen Sie auch nach einer Behandlung Ihrer schwachen Knochen. Ein Bruch macht einen weiteren wahrscheinlicher, vor allem bald danach.',
  'choose.open': 'Wie entscheiden Ärztinnen und Ärzte?',
  'choose.title': 'Wie entscheiden Ärztinnen und Ärzte?',
  'choose.intro':
    'Es gibt nicht die eine richtige Antwort. Ihre Ärztin oder Ihr Arzt bespricht mehrere Dinge mit Ihnen:',
  'choose.severity': 'Wie schwer der Wirbel gebrochen ist und wie viel Höhe er verloren hat.',
  'choose.age':
    'Wie alt der Bruch ist. Ein Wirbel, der vor Monaten gebrochen ist, kann in seiner neuen Form verheilt sein; ein Ballon hebt ihn dann weniger an.',
  'choose.levels':
    'Wo der Bruch liegt und wie viele Wirbel gebrochen sind. Manche Ärztinnen und Ärzte ziehen die Ballon-Kyphoplastie vor, wenn ein Wirbel mehr als die Hälfte seiner Höhe verloren hat. Manche auch bei mehreren gebrochenen Wirbeln oder bei einem Bruch dort, wo Brust- und Lendenwirbelsäule aufeinandertreffen.',
  'choose.health':
    'Ihre allgemeine Gesundheit. Bei Herz- oder Lungenproblemen kann der kürzere Eingriff besser sein.',
  'choose.goals':
    'Was Ihnen am wichtigsten ist: weniger Schmerzen und eine stabile Wirbelsäule, oder auch ein geraderer Rücken.',
  'choose.cost': 'Die Kosten, und welche Behandlung Ihr Krankenhaus anbietet.',
  'choose.experience': 'Wie oft Ihre Ärztin oder Ihr Arzt jede der beiden Behandlungen macht.',
  'choose.questions': 'Fragen, die Sie Ihrer Ärztin oder Ihrem Arzt stellen können',
  'choose.q1': 'Ist mein Bruch frisch genug, damit das hilft?',
  'choose.q2': 'Hätte ich etwas davon, wenn etwas Höhe zurückgewonnen wird?',
  'choose.q3': 'Welche Risiken gibt es für mich?',
  'choose.q4': 'Wie viele solche Eingriffe macht Ihr Team im Jahr?',
  'choose.q5': 'Was passiert, wenn ich abwarte?',
  'choose.q6': 'Wie werden meine schwachen Knochen behandelt, damit später weniger brechen?',
  'choose.close': 'Schließen',
  'narration.on': 'Vorlesen',
  'narration.unavailable': 'Vorlesen ist in diesem Browser nicht verfügbar',
  'text.smaller': 'Kleinere Schrift',
  'text.larger': 'Größere Schrift',
  'help.title': 'Tastenkürzel',
  'help.close': 'Schließen',
  'help.playPause': 'Abspielen oder anhalten',
  'help.seek5': '5 Sekunden zurück oder vor',
  'help.seek10': '10 Sekunden zurück oder vor',
  'help.step': 'Ein kleines Stück zurück oder vor (in der Pause)',
  'help.startEnd': 'Anfang oder Ende',
  'help.chapterN': 'Zu Kapitel 1 bis 9',
  'help.chapterStep': 'Vorheriges oder nächstes Kapitel',
  'help.captions': 'Untertitel an oder aus',
  'help.fullscreen': 'Vollbild',
  'help.turn': 'Ansicht drehen',
  'help.tilt': 'Ansicht kippen',
  'help.zoom': 'Vergrößern oder verkleinern',
  'help.help': 'Diese Hilfe zeigen',
  'help.present': 'Präsentationsmodus: Vollbild, nur die Ansicht (Lehrende)',
  'key.space': 'Leertaste',
  'key.home': 'Pos1',
  'key.end': 'Ende',
  'key.pageUp': 'Bild ↑',
  'key.pageDown': 'Bild ↓',
  'key.shift': 'Umschalt',
  // Die Ansicht der Geschichte: die Studien daneben, zurück zur Kamera der Geschichte, wo wir sind.
  'studies.close': 'Studien schließen',
  'view.storyCamera': 'Zurück zur Ansicht der Geschichte',
  'locator.label': 'Wo wir an der Wirbelsäule sind: {level}',
  'figures.label': 'Die Zahlen des Falls',
  'source.hulme2006':
    'Gepoolte, meist unkontrollierte Fallserien: im Röntgenbild sichtbarer Zementaustritt an 41 % der mit Vertebroplastie und 9 % der mit Kyphoplastie behandelten Wirbel; Schmerzlinderung bei 87 % (VP) und 92 % (BKP) der Patienten.',
  'source.zhan2017':
    'Zementaustritt an 54,7 % (VP) und 18,4 % (BKP) von 4187 Wirbeln; Odds Ratios für eine Kortikalisverletzung (5,56), niedrigviskosen Zement (3,32) und einen intravertebralen Spalt (1,40); Wirbel mit Austritt erhielten 0,59 mL mehr Zement; Alter, Geschlecht, Höhe und Zugang nicht signifikant.',
  'source.josr2018':
    'Direkter Vergleich, 16 Studien: Zementaustritt nach Kyphoplastie mit einem relativen Risiko von 0,62 (0,47–0,80) gegenüber der Vertebroplastie; die Kyphoplastie verringerte den kyphotischen Keilwinkel stärker und stellte mehr Höhe wieder her; Schmerz (VAS) und Behinderung (ODI) unterschieden sich nicht.',
  'source.yeom2003':
    'Austrittswege: Vena basivertebralis (B), Segmentvene (S), Kortikalisdefekt (C); das CT fand 1,5-mal so viele Austritte wie das Röntgenbild, das die meisten venösen übersah.',
  'source.josr2019':
    'Austritt in den Spinalkanal bei 0,7 % von 3175 Patienten (4 mussten operiert werden); Zement mit Beschwerden in der Lunge bei 0,11 % nach 3,5–7 mL und 0,9 % nach mehr als 7 mL; die meisten Austritte hatten keine klinische Folge.',
  'source.josr2021':
    'Von 344 mit Vertebroplastie behandelten Wirbeln traten 28,5 % über die Vena basivertebralis, 34,3 % über Segmentvenen und 24,4 % über einen Kortikalisdefekt aus; eine Kortikalisverletzung sagt kortikale Austritte voraus; eine betroffene Hinterwand und die Schwere des Bruchs sagen Austritte über Segmentvenen voraus.',
  'source.bmc2020':
    '295 Wirbel (einseitige VP oder BKP), 32,5 % mit Austritt; späte Operation, Kompressionsgrad und eine gebrochene obere Deckplatte sagen Austritte in die Bandscheibe voraus; VP (gegenüber BKP) sagt venöse Austritte voraus.',
  'source.tang2021':
    'Austrittsarten nach Vertebroplastie an 139 Wirbeln ohne Spalt: basivertebral 31,7 %, segmental 52,5 %, kortikal 12,2 %, Bandscheibe 6,5 % (irgendein Austritt 76,3 %); ein Spalt verlagert Austritte von den Venen zur Kortikalis und Bandscheibe, ohne die Gesamtrate zu ändern.',
  'source.venmans2011':
    'CT nach Vertebroplastie: Austritte an 64 von 80 Wirbeln (80 %); davon venös 88 %, in die Bandscheibe 34 %, ins Weichgewebe 4 %; Wirbel mit Austritt erhielten mehr Zement (4,5 gegenüber 3,7 mL).',
  'source.actaradiol2012':
    'CT nach Vertebroplastie (181 Patienten, 277 Wirbel): irgendein Austritt bei 82 % der Patienten; Deckplatte (Bandscheibe) 45 %, paravertebral 35 %, epidural 20 %, prävertebral venös 18 % der Patienten; das Röntgenbild zeigte etwa die Hälfte davon.',
  'source.wang2014':
    'Nach Kyphoplastie an 270 Wirbeln waren Austritte über das Foramen basivertebrale (42; 15,5 %) und in die Bandscheibe (21; 7,8 %) häufiger als jede andere Art; basivertebrale Austritte waren mit Spalt häufiger (23,6 % gegenüber 12,6 %).',
  'source.perez2021':
    'Beidseitige Kyphoplastie an 157 Wirbeln mit verletzter Hinterwand: 14 (9 %) mit Austritt, keiner mit Beschwerden.',
  'source.bmc2023':
    'Der Zementaustritt nach Kyphoplastie unterschied sich nicht zwischen normalem, osteopenem und osteoporotischem Knochen (232 Patienten).',
  'source.papanastassiou2012':
    'Kyphosewinkel um 4,8° (BKP) gegenüber 1,7° (VP) verringert; Schmerz (VAS 0–10) −5,07 BKP, −4,55 VP, −2,17 ohne Operation; neue Brüche 11 % / 11 % / 22 %.',
  'source.xing2013':
    'Kyphoplastie gegenüber Vertebroplastie: Kyphosewinkel um 2,64° stärker verringert, vordere Höhe um 3,67 mm mehr wiederhergestellt.',
  'source.beall2018': 'Schmerz (VAS) −4,05 BKP, −3,88 VP, −2,66 ohne Operation.',
  'source.crandall2004':
    'Eine Kohorte eines Zentrums: die Kyphoplastie brachte frische Brüche (< 10 Wochen) von 58 % auf 86 % der normalen Höhe, ältere (> 4 Monate) von 56 % auf 79 %.',
  'source.wardlaw2009':
    'Kyphoplastie gegenüber nicht operativer Behandlung: körperliche Summenskala des SF-36 +7,2 gegenüber +2,0 nach einem Monat.',
  'source.vanmeirhaeghe2013':
    'Die FREE-Studie über 24 Monate (beidseitige Kyphoplastie, 149 Patienten, gegenüber nicht operativer Behandlung): etwa 2,4 mL Zement pro Seite, so viel, wie die Ballons fassten; Kyphosewinkel des behandelten Wirbelkörpers nach 24 Monaten um 3,1° gegenüber 0,8° korrigiert.',
  'source.klazen2010':
    'Bei frischen Brüchen (≤ 6 Wochen, im MRT am Knochenödem als frisch erkannt) linderte die Vertebroplastie die Schmerzen stärker als die konservative Behandlung; 229 von 431 geeigneten Patienten (53 %) ging es von selbst besser, bevor sie randomisiert werden konnten; ausgeschlossen: nicht behandelbare Gerinnungsstörungen, Infektion der Wirbelsäule oder des Körpers, Rückenmarkkompression, schwere Herz- oder Lungenkrankheit.',
  'source.kallmes2009':
    'Vertebroplastie gegenüber einem Scheineingriff: kein signifikanter Unterschied nach einem Monat.',
  'source.dohm2014':
    'Direkter Vergleich, 381 Patienten: ähnliche Schmerzlinderung und Funktion nach Kyphoplastie und Vertebroplastie; Eingriff 40,0 gegenüber 31,8 min; Zement außerhalb des Wirbelkörpers im CT an 157 von 214 Wirbeln nach Kyphoplastie und 164 von 201 nach Vertebroplastie; neue Brüche im Röntgenbild innerhalb von 24 Monaten bei 54 von 110 gegenüber 64 von 111 Patienten (nicht signifikant); Zement in der Lunge bei 1 von 191 und 1 von 190 Patienten in 2 Jahren.',
  'source.palmowski2020':
    'Die Kyphoplastie korrigierte den lokalen Kyphosewinkel um 3,8° bei Brüchen < 2 Wochen, 4,3° bei 2–6 Wochen und 1,7° bei 6–51 Wochen (230 Patienten: 100, 91 und 39), während die vordere (+8,9–12,9 %) und mittlere (+10,7–13,4 %) Wirbelkörperhöhe in jeder Gruppe zunahm.',
  'source.cnn2019': 'Höhengewinn 17,5 % bei einer Operation innerhalb von 4 Wochen, 7,2 % später.',
  'source.neurosurgery2006':
    'Allein die Lagerung hob das Kompressionsverhältnis von 0,60 auf 0,75, bei älteren Brüchen weniger.',
  'source.patientsafsurg2008':
    'Von 102 Patienten nach Kyphoplastie hatten 2 eine Infektion (1 des behandelten Wirbels, 1 der Wunde) und 1 eine behandlungsbedürftige Blutung; der Schmerz (VAS) sank bis zum ersten Tag danach von 7,5 auf 2,3.',
  'source.kobayashi2005':
    'Schmerz vor und einen Tag nach der Vertebroplastie gemessen (175 Patienten): am nächsten Tag gelindert.',
  'source.burton2008':
    'Eine Übersicht: beide Eingriffe erfolgen meist ambulant oder mit kurzem Aufenthalt; das Gesamtrisiko ist gering, doch Zement oder Knochen kann auf das Rückenmark oder eine Nervenwurzel drücken, und Zement kann in die Lunge gelangen.',
  'source.bonnard2017':
    'Die Vertebroplastie erfolgt meist in Vollnarkose oder Sedierung; allein unter örtlicher Betäubung nannten 76 % von 95 Patienten die Erfahrung gut oder sehr gut.',
  'source.cirse2017':
    'Eine Leitlinie: die Gegenanzeigen der Wirbelkörperaugmentation, darunter eine aktive Infektion, eine nicht korrigierbare Gerinnungsstörung, ein Knochenfragment, das auf das Rückenmark drückt, und eine Allergie gegen Knochenzement.',
  'source.johansson2017':
    'Nach einem ersten osteoporotischen Bruch ist das Risiko des nächsten anfangs am höchsten und sinkt mit der Zeit: 2,7-mal das Risiko der Bevölkerung ein Jahr danach, 1,4-mal nach zehn Jahren (18.872 Menschen).',
  'source.yavuz2023':
    'Brüche eines Wirbels, 5 Jahre verfolgt: die Vertebroplastie genügte, wenn der Wirbelkörper bis zur Hälfte seiner Höhe verloren hatte; die Kyphoplastie schnitt besser ab, wenn er mehr verloren hatte.',
  'source.kaur2016':
    'Breite der thorakalen Pedikel (T1 9,3, T4 4,5, T12 8,3 mm) und Transversalwinkel (T1 35,4° → T12 −9,8°).',
  'source.papanastassiou2014':
    'Kyphoplastie beim Myelom (105 Wirbel): 4,1 mL Zement durch einen Pedikel gegenüber 4,9 mL durch beide; Schmerzlinderung und Höhe unterschieden sich nicht.',
  'source.belkoff2003': 'PMMA erreicht 49–112 °C in der Mitte und 39–57 °C an der Wand des Spinalkanals.',
  'source.krebs2005':
    'Der Druck in der Spritze erreicht 1,69 ± 0,65 MPa (höchstens 3,2 MPa) und steigt, während der Zement aushärtet.',
  'source.baroud2004':
    'Permeabilität osteoporotischen Knochens: kraniokaudal 4,45 ± 1,72, anteroposterior 3,44 ± 1,26 ×10⁻⁸ m²; sie fällt innerhalb von 18 s nach Zementeintritt auf etwa 63 %.',
  'source.widmer2013':
    'Porosität und Anisotropie (oder Trabekelabstand) sagen die Permeabilität voraus, R² 0,89–0,97.',
  'source.biorheology2011': 'Viskosität des Knochenmarks 44–142 mPa·s.',
  'source.josr2015': 'Druck im Wirbelkörper 5,09 kPa ohne Hohlraum, 1,20 kPa mit Hohlraum.',
  'source.silva1994': 'Die kortikale Schale ist etwa 0,35 mm dick und porös.',
  'source.trivedi2023':
    'Zement ist strukturviskos und wird beim Aushärten stufenweise zäher; ein Zement, der viel zäher als Knochenmark ist, füllt mit einer stabilen, runden Front.',
  'source.genant1993': 'Die semiquantitativen Grade 0–3 von Wirbelbrüchen.',
  'source.wang2019':
    'Grade nach Höhenverlust: < 20 % normal, 20–25 % leicht, 25–40 % mittel, > 40 % schwer; Keil-, Fisch- und Plattwirbel.',
  'source.panjabi1991':
    'Höhe der Brustwirbelkörper (hinten T1 14,3 → T12 22,7 mm), Maße von Deckplatte, Pedikel und Spinalkanal.',
  'source.panjabi1992':
    'Breite der oberen Deckplatte der Lendenwirbel (L1 41,2 → L5 47,3 mm) sowie Breite und Tiefe des Spinalkanals.',
  'source.zindrick1987':
    'Breite der lumbalen Pedikel L1 8,7 → L5 18,0 mm. Nur in einer Zusammenfassung aus zweiter Hand gelesen: thorakale Breite T1 7,9, T4 4,5 mm; Pedikelhöhe T1 9,9, T11 17,4, L1 15,4, L5 14,0 mm (Spanne bei L5 9,5–19); lumbaler Transversalwinkel L1 10,9° → L5 29,8°.',
  'source.lien2007':
    'Verlauf der Pedikel T1–L5: am schmalsten bei T4 und am breitesten bei L5, am höchsten bei T11–T12; der Transversalwinkel fällt von T1 bis T12 und steigt von L1 bis L5; der Sagittalwinkel (kraniokaudal) ist bei T2 am größten und bei L5 am kleinsten.',
  'source.clinanat2005':
    'Äußere Pedikelbreite am kleinsten bei T5 (5,09; Spanne 4,10–6,88 mm) und am größten bei L5 (13,61; Spanne 10,29–16,20 mm); äußere Höhe am kleinsten bei T1 (8,90; 7,18–11,37 mm) und am größten bei T11 (17,02; 14,84–19,57 mm).',
  'source.singh2013':
    'Trockene Lendenwirbel (20 Sätze): kleinste Pedikelbreite 7,1 mm bei L1; Pedikelhöhe am größten bei L1 (14,6 mm), am kleinsten bei L4 (13,4 mm); Transversalwinkel L1 15,6° → L5 23,7°.',
  'source.clouthier2023':
    'Die mittlere Form von L2–L5 (CT von 87 Erwachsenen), an der die Lendenwirbelmodelle geprüft wurden: Proportionen von Körper und Bogen, Pedikel, Quer- und Dornfortsätze, Facetten (docs/ANATOMY.md).',
  'source.bonczar2024': 'Breite der lumbalen Deckplatten sowie vordere und hintere Wirbelkörperhöhe, L1–L5.',
  'source.egwu2019': 'Vordere Höhe der Brustwirbelkörper T2 16,9 → T9 18,8 mm.',
  'source.wang2012': 'Wölbung der Deckplatten: 1,5 mm kranial, 0,7 mm kaudal.',
}
