/**
 * Spanish messages (español), for patients in Spain and Latin America: usted, short sentences, the
 * words of Spanish patient leaflets ("vertebroplastia", "cifoplastia con balón", "cemento óseo").
 * Written for the reader, not word for word from English; study names and figures as in English.
 */
import type { Catalogue } from './en.ts'

export const es: Catalogue = {
  'app.title': 'Spine3D',
  'app.documentTitle': 'Spine3D — las fracturas vertebrales por compresión, explicadas',
  'app.description':
    'Una explicación en 3D de la vertebroplastia y la cifoplastia con balón para las fracturas vertebrales por compresión.',
  'app.noscript': 'Spine3D necesita JavaScript para mostrar su modelo 3D.',
  'app.subtitle': 'Fracturas vertebrales por compresión: vertebroplastia y cifoplastia con balón',
  'app.disclaimer':
    'Solo con fines educativos. Este modelo no sustituye el consejo de un médico que conozca su caso.',
  'scene.noWebgl':
    'Esta vista 3D necesita WebGL, y este navegador o dispositivo no lo ofrece. Pruebe con otro navegador o active la aceleración por hardware.',
  'loading.models': 'Cargando el modelo 3D: {loaded} de {total} partes',
  'loading.preparing': 'Preparando la vista…',
  'scene.still':
    'Una imagen fija de la cifoplastia con balón. La columna se ve de lado. Un tubo fino entra por detrás en una vértebra hundida. Un pequeño balón azul se llena dentro del hueso para levantarlo.',
  'scene.error': 'La vista 3D se ha detenido: {message}',
  'embed.disclaimer': 'Solo con fines educativos.',
  'embed.disclaimerMore': 'No es consejo médico.',
  'embed.open': 'Abrir en Spine3D',
  'embed.openLabel': 'Abrir esta vista en la aplicación completa de Spine3D, en una pestaña nueva',
  'embed.copy': 'Copiar el código para insertar',
  'embed.copied': 'Código copiado. Péguelo en su página.',
  'embed.copyByHand': 'Copie este código en su página:',
  'scene.loading': 'Cargando la columna…',
  'notices.title': 'Se han ajustado algunos valores',
  'simulation.failed': 'La simulación se ha detenido',
  'notices.dismiss': 'Descartar',
  'notices.source.url': 'URL',
  'notices.source.panel': 'panel',
  'notices.source.controls': 'controles',
  'notices.source.api': 'API',
  'problem.scenario.notObject':
    'scenario: se esperaba un objeto con claves del escenario, se recibió {given} — se mantienen todos los valores',
  'problem.scenario.unknownKey': '{key}: no es una clave del escenario (una de {allowed}) — se ignora',
  'problem.scenario.expectedOneOf':
    '{key}: se esperaba uno de {allowed}, se recibió {given} — se mantiene {kept}',
  'problem.scenario.expectedBoolean':
    '{key}: se esperaba true o false, se recibió {given} — se mantiene {kept}',
  'problem.scenario.expectedInteger':
    '{key}: se esperaba un número entero en el intervalo {allowed}, se recibió {given} — se mantiene {kept}',
  'problem.scenario.expectedNumber':
    '{key}: se esperaba un número en el intervalo {allowed}, se recibió {given} — se mantiene {kept}',
  'problem.scenario.rounded':
    '{key}: se esperaba un número entero, se recibió {given} — redondeado a {result}',
  'problem.scenario.clamped': '{key}: {given} está fuera del intervalo {allowed} — ajustado a {result}',
  'problem.scenario.gradeIgnored':
    '{key}: indicado junto con heightLossPct — se ignora el grado y se usa heightLossPct {loss}',
  'problem.range': '{min}–{max}',
  'problem.rangeSigned': '{min} a {max}',
  'problem.rangeUnit': '{range} {unit}',
  'problem.view.expectedOneOf':
    '{key}: se esperaba uno de {allowed}, se recibió "{given}" — se mantiene {kept}',
  'problem.view.overlayKept':
    '{key}: se esperaba una lista de {allowed}, se recibió {given} — se mantiene {kept}',
  'problem.view.overlayNone':
    '{key}: se esperaba una lista de {allowed}, se recibió {given} — no se muestra ninguna',
  'problem.chapter.unknown':
    '{key}: se esperaba uno de {allowed}, se recibió "{given}" — se abre al principio',
  'problem.chapter.otherProcedure':
    '{key}: "{given}" no es un capítulo de {procedure} ({allowed}) — se abre {result}',
  'problem.time.notNumber':
    '{key}: se esperaban segundos de 0 a {limit}, se recibió "{given}" — se abre en 0',
  'problem.time.outsideChapter':
    '{key}: {given} s está fuera del capítulo {chapter} (0–{limit} s) — se abre en {result} s',
  'problem.time.outsideStory':
    '{key}: {given} s está fuera de la historia (0–{limit} s) — se abre en {result} s',
  'problem.play.expected': '{key}: se esperaba uno de 0 | 1 | true | false, se recibió "{given}" — en pausa',
  'problem.heights.format':
    '{key}: se esperaban tres alturas en mm como anterior,media,posterior (p. ej., 16.5,20,26), se recibió "{given}" — no se aplica',
  'problem.heights.notPositive':
    '{key}: se esperaban tres alturas positivas en mm, y la {which} es {value} — no se aplica',
  'problem.heights.tooTall':
    '{key}: una {which} de {value} mm es mayor que la de una {level} sana (unos {about} mm; como mucho {most}) — no se aplica',
  'problem.heights.beyondModel':
    '{key}: una pérdida del {loss} % va más allá de lo que muestra el modelo — se muestra al {max} %',
  'problem.mode.expected':
    '{key}: se esperaba uno de {allowed}, se recibió "{given}" — se abre para {audience}',
  'problem.lang.unknown':
    '{key}: se esperaba uno de {allowed}, se recibió "{given}" — se muestra en {language}',
  'problem.lang.notLoaded':
    '{key}: los textos en {language} no se han cargado ({error}) — se sigue mostrando en {shown}',
  'term.unset': 'sin definir',
  'term.on': 'activado',
  'term.off': 'desactivado',
  'term.anterior': 'altura anterior',
  'term.middle': 'altura media',
  'term.posterior': 'altura posterior',
  'term.patients': 'pacientes',
  'term.educators': 'docentes',
  'language.label': 'Idioma',
  'language.name.en': 'inglés',
  'language.name.es': 'español',
  'language.name.de': 'alemán',
  'language.name.fr': 'francés',
  'panel.title': 'Docente',
  'panel.fracture': 'Fractura',
  'panel.procedure': 'Procedimiento',
  'panel.bone': 'Hueso',
  'panel.cement': 'Cemento',
  'panel.balloon': 'Balón',
  'panel.patient': 'Paciente',
  'panel.view': 'Vista',
  'panel.labels': 'Nombres de las vértebras',
  'panel.ribs': 'Arranque de las costillas',
  'field.procedure.label': 'Procedimiento',
  'field.procedure.description':
    'Vertebroplastia (cemento a través de una aguja) o cifoplastia con balón (primero el balón, después el cemento en la cavidad).',
  'field.level.label': 'Nivel',
  'field.level.description':
    'Vértebra fracturada; estas fracturas se concentran en T12–L1 (el hallazgo clínico habitual; no se cita un estudio concreto).',
  'field.heightLossPct.label': 'Pérdida de altura',
  'field.heightLossPct.unit': '%',
  'field.heightLossPct.description':
    'Pérdida de la altura que define la forma; al fijarla se borra el grado.',
  'field.grade.label': 'Grado de Genant',
  'field.grade.description':
    'Gravedad según el grado de Genant (Genant 1993; Wáng 2019); fija la pérdida de altura en el valor representativo del grado.',
  'field.shape.label': 'Forma',
  'field.shape.description':
    'En cuña (se pierde la altura anterior), bicóncava (la central) o por aplastamiento (todas las alturas).',
  'field.fractureAgeDays.label': 'Antigüedad de la fractura',
  'field.fractureAgeDays.unit': 'días',
  'field.fractureAgeDays.description':
    'Días desde la fractura; las fracturas agudas (< 10 semanas) recuperan más altura (Crandall 2004; Palmowski 2020), según una curva suave de la antigüedad.',
  'field.corticalBreach.label': 'Rotura cortical',
  'field.corticalBreach.description':
    'Dónde está rota la cortical; una rotura aumenta las fugas (OR 5,56, Zhan 2017).',
  'field.cleft.label': 'Hendidura intravertebral',
  'field.cleft.description':
    'Un hueco en el cuerpo lleno de gas (hendidura de vacío) o de líquido; OR 1,40 de fuga (Zhan 2017).',
  'field.tScore.label': 'Puntuación T',
  'field.tScore.unit': 'DE',
  'field.tScore.description':
    'Densidad ósea; cuanto más baja, más poroso y permeable es el hueso (valor por defecto del modelo −3, un paciente con osteoporosis).',
  'field.approach.label': 'Abordaje',
  'field.approach.description': 'Una aguja (con la punta cerca de la línea media) o una por cada pedículo.',
  'field.cementViscosity.label': 'Viscosidad del cemento',
  'field.cementViscosity.description': 'El cemento de baja viscosidad se fuga más (OR 3,32, Zhan 2017).',
  'field.injectionStartMin.label': 'Inicio de la inyección',
  'field.injectionStartMin.unit': 'min',
  'field.injectionStartMin.description':
    'Minutos tras la mezcla; el PMMA se puede inyectar desde unos 4 hasta 15 min (tiempos de manejo, una cifra clínica sin fuente atribuida).',
  'field.cementVolumeMl.label': 'Volumen de cemento',
  'field.cementVolumeMl.unit': 'mL',
  'field.cementVolumeMl.description':
    'Volumen previsto; unos 2,4 mL por lado en la cifoplastia bipedicular (ensayo FREE, Van Meirhaeghe 2013); en la cifoplastia del mieloma, 4,1 mL por un pedículo y 4,9 mL por los dos (Papanastassiou 2014).',
  'field.injectionRateMlPerMin.label': 'Velocidad de inyección',
  'field.injectionRateMlPerMin.unit': 'mL/min',
  'field.injectionRateMlPerMin.description':
    'Flujo de la jeringa (valor por defecto del modelo 2 mL/min; no procede de un estudio).',
  'field.balloonSizeMm.label': 'Tamaño del balón',
  'field.balloonSizeMm.unit': 'mm',
  'field.balloonSizeMm.description':
    'Longitud del balón de cifoplastia: 10, 15 o 20 mm, 2–3 mL (una cifra clínica sin fuente atribuida). Solo en la cifoplastia.',
  'field.balloonMaxPsi.label': 'Presión máxima del balón',
  'field.balloonMaxPsi.unit': 'psi',
  'field.balloonMaxPsi.description':
    'El inflado se detiene a esta presión (máximo sin confirmar, ≈400–700 psi). Solo en la cifoplastia.',
  'field.seed.label': 'Semilla',
  'field.seed.description':
    'Elige el hueso y las venas de este paciente; la misma semilla da el mismo resultado.',
  'option.procedure.vertebroplasty': 'vertebroplastia',
  'option.procedure.kyphoplasty': 'cifoplastia',
  'option.shape.wedge': 'en cuña',
  'option.shape.biconcave': 'bicóncava',
  'option.shape.crush': 'por aplastamiento',
  'option.corticalBreach.none': 'ninguna',
  'option.corticalBreach.anterior': 'anterior',
  'option.corticalBreach.lateral': 'lateral',
  'option.corticalBreach.posterior': 'posterior',
  'option.corticalBreach.endplate': 'platillo vertebral',
  'option.approach.unipedicular': 'unipedicular',
  'option.approach.bipedicular': 'bipedicular',
  'option.cementViscosity.low': 'baja',
  'option.cementViscosity.medium': 'media',
  'option.cementViscosity.high': 'alta',
  'shape.wedge': 'en cuña',
  'shape.biconcave': 'bicóncava',
  'shape.crush': 'por aplastamiento',
  'procedure.vertebroplasty': 'Vertebroplastia',
  'procedure.kyphoplasty': 'Cifoplastia con balón',
  'procedure.inSentence.vertebroplasty': 'vertebroplastia',
  'procedure.inSentence.kyphoplasty': 'cifoplastia con balón',

  'chapter.fracture.title': 'El hueso roto',
  'chapter.access.title': 'Llegar al hueso',
  'chapter.needle.title': 'Dentro del hueso',
  'chapter.balloon.title': 'El balón',
  'chapter.cavity.title': 'Un hueco para el cemento',
  'chapter.cement.title': 'El cemento',
  'chapter.result.title': 'Después',
  'caption.fracture.wedge':
    'Esta es la columna, vista de lado. Un hueso, {level}, se ha roto. Su parte de delante se ha hundido y ahora tiene forma de cuña. Los huesos débiles pueden romperse así tras una pequeña caída, o incluso al toser.',
  'caption.fracture.biconcave':
    'Esta es la columna, vista de lado. Un hueso, {level}, se ha roto. Se ha hundido por el centro, arriba y abajo. Los huesos débiles pueden romperse así tras una pequeña caída, o incluso al toser.',
  'caption.fracture.crush':
    'Esta es la columna, vista de lado. Un hueso, {level}, se ha roto. Todo el hueso se ha aplastado. Los huesos débiles pueden romperse así tras una pequeña caída, o incluso al toser.',
  'caption.access.one':
    'Usted se tumba boca abajo. Le ponen anestesia en la piel y el médico hace un pequeño corte. Con ayuda de rayos X, una aguja fina y hueca pasa entre los músculos de la espalda hasta el hueso.',
  'caption.access.two':
    'Usted se tumba boca abajo. Le ponen anestesia en la piel y el médico hace dos pequeños cortes. Con ayuda de rayos X, dos agujas finas y huecas pasan entre los músculos de la espalda hasta el hueso, una por cada lado.',
  'caption.access.kyphoplasty.one':
    'Después, un pequeño taladro abre un camino dentro del hueso para el balón.',
  'caption.access.kyphoplasty.two':
    'Después, un pequeño taladro abre un camino dentro del hueso para cada balón.',
  'caption.needle.one':
    'Al entrar, la aguja pasa por un puente estrecho de hueso. Su punta se detiene cerca de la parte de delante del hueso roto.',
  'caption.needle.two':
    'Al entrar, cada aguja pasa por un puente estrecho de hueso. Sus puntas se detienen cerca de la parte de delante del hueso roto.',
  'caption.balloon.one':
    'Un pequeño balón entra en el hueso y se llena poco a poco. Aparta el hueso roto, que es blando, y puede levantar la parte que se hundió.',
  'caption.balloon.two':
    'Dos pequeños balones, uno por cada aguja, entran en el hueso y se llenan poco a poco. Apartan el hueso roto, que es blando, y pueden levantar la parte que se hundió.',
  'caption.cavity.one': 'El balón se vacía y se retira. Deja un hueco dentro del hueso.',
  'caption.cavity.two': 'Los balones se vacían y se retiran. Dejan un hueco dentro del hueso.',
  'caption.cement.vertebroplasty.one':
    'El cemento óseo, una pasta espesa, entra despacio por la aguja. Se reparte por los huecos del hueso y se endurece en pocos minutos.',
  'caption.cement.vertebroplasty.two':
    'El cemento óseo, una pasta espesa, entra despacio por las dos agujas. Se reparte por los huecos del hueso y se endurece en pocos minutos.',
  'caption.cement.kyphoplasty':
    'Un cemento óseo espeso rellena el hueco y se endurece en pocos minutos. Entra con poca presión, pero aun así puede salirse un poco.',
  'caption.cement.leak':
    'Aquí sale un poco de cemento fuera del hueso (en naranja). Es algo frecuente. Rara vez causa problemas.',
  'caption.result.out.one': 'La aguja sale y un pequeño apósito cubre el corte.',
  'caption.result.out.two': 'Las agujas salen y unos pequeños apósitos cubren los cortes.',
  'caption.result.hold': 'El cemento, ya duro, mantiene quietos los trozos rotos.',
  'caption.result.height.much': 'El hueso ha recuperado buena parte de la altura que perdió.',
  'caption.result.height.some': 'El hueso es ahora un poco más alto.',
  'caption.result.height.none': 'Su altura apenas ha cambiado.',
  'caption.result.height.old':
    'Su altura apenas ha cambiado: una fractura tan antigua suele haber curado ya en su forma hundida.',
  'caption.result.height.vertebroplasty':
    'La vertebroplastia no busca levantar el hueso, y su altura apenas ha cambiado.',
  'caption.result.pain': 'El dolor mejoró más o menos igual con los dos tratamientos (Dohm 2014).',
  'note.shape.wedge': 'en cuña',
  'note.shape.biconcave': 'bicóncava',
  'note.shape.crush': 'por aplastamiento',
  'note.count.unipedicular': 'Abordaje unipedicular:',
  'note.count.bipedicular': 'Abordaje bipedicular:',
  'note.fracture':
    'Fractura por compresión {shape} de {level}: pérdida de altura del {loss} %, grado de Genant {grade}; ángulo de cuña {angle}°.',
  'note.access':
    '{count} trocar y cánula transpediculares de {gauge} G con fluoroscopia; entrada por el extremo posterior del pedículo.',
  'note.access.kyphoplasty':
    '{count} cánula de trabajo transpedicular de {gauge} G, con la punta justo dentro de la parte posterior del cuerpo; un taladro abre el camino hasta el tercio anterior.',
  'note.needle':
    'Cánula avanzada hasta el tercio anterior del cuerpo ({depth} mm desde la entrada en el hueso); se retira el trocar.',
  'note.balloon':
    'Balón de cifoplastia de {size} mm: {volume} mL cada uno, hasta {pressure} psi; altura anterior {before} → {after} mm.',
  'note.cavity':
    'Al desinflarlo se pierde parte de la elevación; la cavidad ({cavity} mL) se mantiene y se rellena primero.',
  'note.cement':
    'PMMA (viscosidad {viscosity}) {injected} mL a {rate} mL/min desde {start} min tras la mezcla; presión máxima en la jeringa {pressure} MPa.',
  'note.cement.leak': 'Fuga: {leaked} mL por {routes}.',
  'note.result':
    'Altura anterior {fractured} → {final} mm ({percent} % de la normal); ángulo cifótico del nivel corregido {correction}°.',
  'route.basivertebral': 'la vena basivertebral',
  'route.segmental': 'una vena segmentaria',
  'route.cortical': 'un defecto cortical',
  'route.disc': 'el disco',
  'route.canal': 'el canal vertebral',
  'viscosity.low': 'baja',
  'viscosity.medium': 'media',
  'viscosity.high': 'alta',

  'player.label': 'Reproductor',
  'player.chapters': 'Capítulos',
  'player.chapter': 'Capítulo {number}: {title}',
  'player.play': 'Reproducir',
  'player.pause': 'Pausa',
  'player.replay': 'Volver a reproducir',
  'player.previous': 'Capítulo anterior',
  'player.next': 'Capítulo siguiente',
  'player.seek': 'Posición en la historia',
  'player.seekValue': '{time} de {total}, {chapter}',
  'player.speed': 'Velocidad',
  'player.speedValue': '{speed}×',
  'player.loop': 'Repetir',
  'player.inside': 'Ver por dentro',
  'player.inside.auto': 'Automático',
  'player.inside.on': 'Sí',
  'player.inside.off': 'No',
  'player.captions': 'Subtítulos',
  'player.help': 'Atajos de teclado',
  'player.waiting': 'Simulando…',
  'readout.balloon': 'Balón {volume} mL · {pressure} psi',
  'readout.cement': 'Cemento {injected} de {total} mL · {pressure} MPa',
  'readout.leak': 'fuera del hueso: {leaked} mL',
  'readout.clock': 'Tiempo del procedimiento {time}',
  'outcome.label': 'Estimación del modelo para este caso: {procedure}',
  'outcome.leak': 'Fuga visible en la radiografía, modelo de {seeds} pacientes',
  'outcome.leakValue': '{p} (intervalo del 95 %: {low}–{high})',
  'outcome.computing': 'Calculando…',
  'outcome.height': 'Altura anterior, modelo de un paciente',
  'outcome.heightValue': '{before} → {after} de la sana ({mm} mm recuperados)',
  'outcome.kyphosis': 'Ángulo cifótico del nivel corregido, modelo',
  'outcome.degrees': '{value}°',
  'outcome.cement': 'Cemento inyectado, modelo',
  'outcome.ml': '{value} mL',
  'outcome.studies.leak': 'estudios: {low}–{high} por hueso tratado',
  'outcome.studies.height': 'estudios: {before} → {after} de la sana en fracturas recientes',
  'outcome.studies.kyphosis': 'estudios: {value}° de media',
  'outcome.studies.cement': 'estudios: {value} mL por lado',
  'outcome.basis': 'En qué se basa',
  'outcome.basisValue': 'Calibrado con las tasas de los estudios; no predice el caso de un paciente.',
  'height.title': 'Altura del hueso roto',
  'height.height': 'Altura',
  'height.now': 'Ahora',
  'height.ofNormal': 'del hueso sano',
  'height.anterior': 'Delante',
  'height.middle': 'Centro',
  'height.posterior': 'Detrás',
  'height.angle': 'Ángulo de la cuña',
  'height.mm': '{value} mm',
  'height.key.healthy': 'hueso sano',
  'height.key.fractured': 'tras la fractura',
  'height.key.now': 'ahora',
  'exit.basivertebral': 'Vena basivertebral',
  'exit.segmental': 'Vena segmentaria',
  'exit.cortical': 'Grieta en la pared',
  'exit.disc': 'Hacia el disco',
  'exit.canal': 'Canal vertebral',
  'risk.title': 'Probabilidad de una fuga de cemento',
  'risk.case':
    'El modelo de este caso: {p} de {seeds} pacientes simulados tuvieron una fuga visible en la radiografía (intervalo del 95 %: {low}–{high}).',
  'risk.computing': 'Simulando {seeds} pacientes…',
  'risk.published.vertebroplasty': 'Tasas publicadas tras una vertebroplastia, por hueso tratado:',
  'risk.published.kyphoplasty': 'Tasas publicadas tras una cifoplastia con balón, por hueso tratado:',
  'risk.legend': 'Con qué frecuencia llegó el cemento a la pared en ese punto',
  'risk.legendLabel': '{legend}: {from} → {to}',
  'risk.never': 'nunca',
  'risk.always': 'siempre',
  'risk.ctNote':
    'La TC detecta unas 1,5 veces más fugas que las radiografías simples (Yeom 2003). La mayoría de las fugas no causan síntomas.',
  'sources.open': 'Fuente: {source}',
  'sources.title': 'Fuentes',
  'sources.intro':
    'Los estudios en los que se basan las cifras. Cada referencia aparece como se publicó, en inglés; debajo, lo que la aplicación toma del estudio.',
  'sources.grade': 'Evidencia: {grade}',
  'sources.grade.H': 'metanálisis o ensayo aleatorizado',
  'sources.grade.M': 'un solo estudio de otro tipo',
  'sources.grade.L': 'una revisión, una guía o una lectura parcial',
  'sources.close': 'Cerrar',
  'views.label': 'Vistas y capas',
  'views.mode': 'Vista',
  'views.mode.scene': '3D',
  'views.mode.fluoro': 'Rayos X',
  'views.mode.compare': 'Lado a lado',
  'views.mode.cutaway': 'Corte',
  'views.overlays': 'Capas',
  'views.overlay.risk': 'Riesgo de fuga',
  'views.overlay.height': 'Altura',
  'views.overlay.fluoro': 'Recuadro de rayos X',
  'views.overlay.anatomy': 'Anatomía',
  'fluoro.title.lateral': 'Radiografía lateral',
  'fluoro.title.ap': 'Radiografía AP',
  'fluoro.projection': 'Proyección radiográfica',
  'fluoro.projection.lateral': 'Lateral',
  'fluoro.projection.ap': 'AP',
  'fluoro.label':
    '{projection} simulada: la columna en torno a {level} tal como la muestra el arco en C en este momento: el hueso en grises, el cemento y las agujas metálicas en blanco brillante.',
  'fluoro.inset': '{projection}: el procedimiento en este momento, como lo mostraría un arco en C',
  'fluoro.leakKey': 'El naranja marca el cemento fuera del hueso; una radiografía lo muestra blanco.',
  'cut.label': 'Corte',
  'cut.axis': 'Plano de corte',
  'cut.axis.sagittal': 'De lado a lado (sagital)',
  'cut.axis.axial': 'De arriba abajo (axial)',
  'cut.position': 'Posición del corte',
  'cut.xray': 'Hueso transparente',
  'describe.fracture':
    '{procedure}, el hueso roto: la columna vista de lado, con una fractura {shape} de {level} que ha perdido el {loss} % de su altura.',
  'describe.access':
    '{procedure}, llegar al hueso: el paciente está boca abajo; {needles} por la piel y los músculos de la espalda hasta el hueso de {level}.',
  'describe.needle.one':
    '{procedure}, dentro del hueso: la punta de la aguja está en la parte delantera de {level}, vista a través del hueso.',
  'describe.needle.two':
    '{procedure}, dentro del hueso: las puntas de las dos agujas están en la parte delantera de {level}, vistas a través del hueso.',
  'describe.balloon.one':
    '{procedure}, el balón: un balón se llena dentro de {level} y empuja su parte de arriba.',
  'describe.balloon.two':
    '{procedure}, los balones: dos balones se llenan dentro de {level} y empujan su parte de arriba.',
  'describe.cavity.one':
    '{procedure}, un hueco para el cemento: el balón ya ha salido y deja un hueco dentro de {level}.',
  'describe.cavity.two':
    '{procedure}, un hueco para el cemento: los balones ya han salido y dejan un hueco dentro de {level}.',
  'describe.cement.one':
    '{procedure}, el cemento: un cemento blanco grisáceo rellena {level} desde la punta de la aguja.',
  'describe.cement.two':
    '{procedure}, el cemento: un cemento blanco grisáceo rellena {level} desde las puntas de las dos agujas.',
  'describe.cement.leak': 'Un poco de cemento (en naranja) sale fuera del hueso.',
  'describe.result.one': '{procedure}, después: la aguja ya ha salido y {level} contiene cemento duro.',
  'describe.result.two': '{procedure}, después: las agujas ya han salido y {level} contiene cemento duro.',
  'describe.oneNeedle': 'una aguja pasa',
  'describe.twoNeedles': 'dos agujas pasan',
  'describe.keys': 'Mayús y las flechas giran la vista; + y − acercan o alejan.',
  'anatomy.body': 'Cuerpo vertebral',
  'anatomy.endplate': 'Platillo vertebral',
  'anatomy.pedicle': 'Pedículo',
  'anatomy.lamina': 'Lámina',
  'anatomy.spinous': 'Apófisis espinosa',
  'anatomy.transverse': 'Apófisis transversa',
  'anatomy.canal': 'Canal vertebral',
  'anatomy.disc': 'Disco',
  'anatomy.basivertebral': 'Vena basivertebral',
  'heights.title': 'Alturas en la radiografía del paciente ({level})',
  'heights.apply': 'Aplicar',
  'heights.result': 'Grado de Genant {grade}, fractura {shape}; ángulo de cuña {angle}°.',
  'present.start': 'Presentar',
  'present.stop': 'Dejar de presentar',
  'takeaway.record': 'Grabar vídeo',
  'takeaway.stop': 'Detener la grabación',
  'takeaway.noVideo': 'Este navegador no puede grabar vídeo',
  'takeaway.print': 'Imprimir para el paciente',
  'share.title': 'Compartir y llevar',
  'share.link': 'Copiar el enlace',
  'share.picture': 'Guardar la imagen',
  'mode.label': 'Mostrar para',
  'mode.patient': 'Pacientes',
  'mode.educator': 'Docentes',
  'choice.label': 'Tratamiento',
  'studies.title': 'Lo que dicen los estudios',
  'studies.benefitsTitle': 'Lo que puede hacer',
  'studies.pain': 'En los estudios que compararon los dos, el dolor mejoró más o menos igual con cada uno.',
  'studies.trials':
    'Los estudios no coinciden del todo en cuánto ayuda el propio cemento. En uno, la vertebroplastia no fue mejor que un tratamiento simulado al cabo de un mes. En otro, en fracturas de menos de 6 semanas, alivió el dolor más que el reposo y los analgésicos.',
  'studies.leak':
    'A menudo sale un poco de cemento fuera del hueso. Las radiografías lo muestran en unos {n} de cada 100 huesos tratados con {procedure}.',
  'studies.leakCompared':
    'Comparada frente a frente, la cifoplastia con balón tuvo menos fugas. Por cada 10 fugas tras la vertebroplastia, hubo unas {n}.',
  'studies.leakCt':
    'La TC encuentra más. En un ensayo, la TC mostró algo de cemento fuera del hueso en unos {vert} de cada 10 huesos tras la vertebroplastia, y {kypho} de cada 10 tras la cifoplastia.',
  'studies.leakHarm':
    'Casi siempre, este cemento no hace daño. Rara vez presiona un nervio. En un estudio de {people} personas, llegó al canal vertebral en menos de {n} de cada 100.',
  'studies.lungs':
    'Muy rara vez, el cemento llega a los pulmones. En {years} años, un ensayo lo encontró en cerca de 1 de cada {of} personas tras cualquiera de los dos.',
  'studies.otherRisks':
    'Como en cualquier tratamiento, puede haber una infección o un sangrado. El medicamento que adormece la zona o le hace dormir puede causar una reacción. En un estudio de {people} personas, {infection} tuvieron una infección y {bleeding} un sangrado que necesitó tratamiento.',
  'studies.height.kyphoplasty':
    'El balón puede levantar un poco el hueso roto. De media, la curvatura hacia delante en el hueso roto se redujo {kypho}°. Con la vertebroplastia se redujo {vert}°.',
  'studies.height.vertebroplasty':
    'La vertebroplastia deja el hueso quieto, pero apenas lo levanta. De media, la curvatura hacia delante en el hueso roto se redujo {vert}°. Con la cifoplastia con balón se redujo {kypho}°.',
  'studies.newFractures':
    'Más adelante se puede romper otro hueso de la columna. En un ensayo, las radiografías de {years} años mostraron una nueva fractura, con o sin dolor, en {low} a {high} de cada 10 personas tras cualquiera de los dos tratamientos.',
  'studies.newFracturesReview':
    'En muchos estudios, {treated} de cada 100 personas tuvieron una nueva fractura tras cualquiera de los dos. Sin tratamiento, fueron {none} de cada 100: el doble.',
  'studies.time': 'Dura unos {minutes} minutos.',
  'studies.risksTitle': 'Riesgos',
  'studies.model': 'La imagen en movimiento es un modelo informático. Su caso puede ser distinto.',
  'studyOutcome.label': 'Lo que hallaron los estudios: {procedure}',
  'studyOutcome.pain': 'Alivio del dolor',
  'studyOutcome.painValue': 'Parecido con los dos',
  'studyOutcome.leak': 'Cemento fuera del hueso en la TC',
  'studyOutcome.leakValue': 'Unos {n} de cada 10 huesos tratados',
  'studyOutcome.bend': 'Curvatura hacia delante en el hueso roto',
  'studyOutcome.bendValue': '{value}° menos de media',
  'studyOutcome.time': 'Duración',
  'studyOutcome.timeValue': 'Unos {minutes} minutos',
  'studyOutcome.sources': 'Fuentes',
  'patient.day.title': 'Antes, durante y después',
  'patient.day.scan':
    'Antes: una radiografía muestra la fractura. Una resonancia magnética puede mostrar si es reciente. Los ensayos trataron fracturas que en la resonancia parecían recientes.',
  'patient.day.alternative':
    'No todas las fracturas lo necesitan. Los analgésicos, el reposo y el tiempo ayudan a que muchas se curen. En un ensayo, unas {n} de cada 10 personas que esperaban mejoraron solas.',
  'patient.day.notFor':
    'No se hace si usted tiene una infección o un problema de coagulación que no se puede tratar. Tampoco si un trozo de hueso presiona la médula espinal, ni si tiene alergia al cemento óseo.',
  'patient.day.anaesthesia':
    'Durante: usted está boca abajo. Le anestesian la piel. Además, puede recibir un medicamento que le adormece, o anestesia general.',
  'patient.day.time':
    'En un ensayo, la vertebroplastia duró unos {vert} minutos y la cifoplastia con balón, unos {kypho}. Las dos duraron menos de una hora.',
  'patient.day.home':
    'Después: descansa tumbado un rato. La mayoría de las personas vuelve a casa el mismo día.',
  'patient.day.relief': 'El dolor suele aliviarse en uno o dos días.',
  'patient.day.bones':
    'Pregunte también por el tratamiento de sus huesos débiles. Una fractura hace más probable otra, sobre todo poco después.',
  'choose.open': '¿Cómo eligen los médicos?',
  'choose.title': '¿Cómo eligen los médicos?',
  'choose.intro': 'No hay una única respuesta correcta. Su médico valora varias cosas con usted:',
  'choose.severity': 'Cuánto se ha roto el hueso y cuánta altura ha perdido.',
  'choose.age':
    'Cuándo se rompió. Un hueso que se rompió hace meses puede haberse curado con su nueva forma, y el balón lo levanta menos.',
  'choose.levels':
    'Dónde está la fractura, y cuántas hay. Algunos médicos prefieren la cifoplastia con balón si el hueso ha perdido más de la mitad de su altura. Otros también la prefieren si hay varias vértebras rotas, o una fractura donde se unen la espalda alta y la baja.',
  'choose.health':
    'Su salud en general. Si tiene problemas de corazón o de pulmón, puede ser mejor el procedimiento más corto.',
  'choose.goals':
    'Lo que más le importa: menos dolor y una columna estable, o también una espalda más recta.',
  'choose.cost': 'El coste y qué tratamiento ofrece su hospital.',
  'choose.experience': 'Con qué frecuencia hace su médico cada tratamiento.',
  'choose.questions': 'Preguntas que quizá quiera hacer a su médico',
  'choose.q1': '¿Es mi fractura lo bastante reciente para que esto me ayude?',
  'choose.q2': '¿Me beneficiaría recuperar algo de altura?',
  'choose.q3': '¿Qué riesgos tiene para mí?',
  'choose.q4': '¿Cuántos de estos tratamientos hace su equipo cada año?',
  'choose.q5': '¿Qué pasa si espero?',
  'choose.q6': '¿Cómo se tratarán mis huesos débiles, para que se me rompan menos en el futuro?',
  'choose.close': 'Cerrar',
  'narration.on': 'Leer en voz alta',
  'narration.unavailable': 'La lectura en voz alta no está disponible en este navegador',
  'text.smaller': 'Texto más pequeño',
  'text.larger': 'Texto más grande',
  'help.title': 'Atajos de teclado',
  'help.close': 'Cerrar',
  'help.playPause': 'Reproducir o pausar',
  'help.seek5': 'Atrás o adelante 5 segundos',
  'help.seek10': 'Atrás o adelante 10 segundos',
  'help.step': 'Un poco atrás o adelante (en pausa)',
  'help.startEnd': 'Inicio o final',
  'help.chapterN': 'Ir a los capítulos 1 a 9',
  'help.chapterStep': 'Capítulo anterior o siguiente',
  'help.captions': 'Activar o desactivar los subtítulos',
  'help.fullscreen': 'Pantalla completa',
  'help.turn': 'Girar la vista',
  'help.tilt': 'Inclinar la vista',
  'help.zoom': 'Acercar o alejar',
  'help.help': 'Mostrar esta ayuda',
  'help.present': 'Modo presentación: pantalla completa, solo la vista (docentes)',
  'key.space': 'Espacio',
  'key.home': 'Inicio',
  'key.end': 'Fin',
  'key.pageUp': 'Re Pág',
  'key.pageDown': 'Av Pág',
  'key.shift': 'Mayús',
  // La vista de la historia: los estudios al lado, la vuelta a la cámara de la historia, dónde estamos.
  'studies.close': 'Cerrar los estudios',
  'view.storyCamera': 'Volver a la vista de la historia',
  'locator.label': 'Dónde estamos en la columna: {level}',
  'figures.label': 'Las cifras del caso',
  'source.hulme2006':
    'Series de casos agrupadas, casi todas sin grupo de control: fuga de cemento visible en la radiografía en el 41 % de los niveles con vertebroplastia y el 9 % con cifoplastia; alivio del dolor en el 87 % (VP) y el 92 % (CB) de los pacientes.',
  'source.zhan2017':
    'Fuga en el 54,7 % (VP) y el 18,4 % (CB) de 4187 vértebras; odds ratio de la rotura cortical (5,56), del cemento de baja viscosidad (3,32) y de la hendidura intravertebral (1,40); los niveles con fuga recibieron 0,59 mL más de cemento; la edad, el sexo, el nivel y el abordaje no fueron significativos.',
  'source.josr2018':
    'Comparación directa en 16 estudios: fuga de cemento tras la cifoplastia con un riesgo relativo de 0,62 (0,47–0,80) frente a la vertebroplastia; la cifoplastia redujo más el ángulo de cuña cifótico y recuperó más altura; el dolor (EVA) y la discapacidad (ODI) no difirieron.',
  'source.yeom2003':
    'Vías de fuga: vena basivertebral (B), vena segmentaria (S), defecto cortical (C); la TC detectó 1,5 veces más fugas que la radiografía simple, que no vio la mayoría de las fugas venosas.',
  'source.josr2019':
    'Fugas al canal vertebral en el 0,7 % de 3175 pacientes (4 necesitaron cirugía); cemento en los pulmones con síntomas en el 0,11 % tras 3,5–7 mL y el 0,9 % tras más de 7 mL; la mayoría de las fugas no tuvieron efecto clínico.',
  'source.josr2021':
    'De 344 niveles con vertebroplastia, el 28,5 % fugó por la vena basivertebral, el 34,3 % por venas segmentarias y el 24,4 % por un defecto cortical; la rotura cortical predice las fugas corticales; la afectación del muro posterior y la gravedad de la fractura predicen las fugas por venas segmentarias.',
  'source.bmc2020':
    '295 niveles (VP o CB unilateral), fuga en el 32,5 %; la cirugía tardía, el grado de compresión y la rotura del platillo superior predicen las fugas al disco; la VP (frente a la CB) predice las fugas venosas.',
  'source.tang2021':
    'Tipos de fuga tras la vertebroplastia en 139 niveles sin hendidura: basivertebral 31,7 %, segmentaria 52,5 %, cortical 12,2 %, discal 6,5 % (cualquier fuga 76,3 %); una hendidura desplaza las fugas de las venas a la cortical y al disco sin cambiar la tasa global.',
  'source.venmans2011':
    'TC tras la vertebroplastia: fugas en 64 de 80 niveles (80 %); de ellas, venosas el 88 %, discales el 34 %, a partes blandas el 4 %; los niveles con fuga recibieron más cemento (4,5 frente a 3,7 mL).',
  'source.actaradiol2012':
    'TC tras la vertebroplastia (181 pacientes, 277 niveles): alguna fuga en el 82 % de los pacientes; en el platillo (disco) el 45 %, paravertebral el 35 %, epidural el 20 %, venosa prevertebral el 18 % de los pacientes; la radiografía simple mostró cerca de la mitad.',
  'source.wang2014':
    'Tras la cifoplastia de 270 niveles, las fugas por el foramen basivertebral (42; 15,5 %) y al disco (21; 7,8 %) fueron más frecuentes que cualquier otro tipo; las basivertebrales fueron más comunes con hendidura (23,6 % frente a 12,6 %).',
  'source.perez2021':
    'Cifoplastia bipedicular de 157 niveles con el muro posterior roto: 14 (9 %) tuvieron fuga, ninguna con síntomas.',
  'source.bmc2023':
    'La fuga de cemento tras la cifoplastia no difirió entre hueso normal, osteopénico y osteoporótico (232 pacientes).',
  'source.papanastassiou2012':
    'Ángulo cifótico reducido 4,8° (CB) frente a 1,7° (VP); dolor (EVA 0–10) −5,07 CB, −4,55 VP, −2,17 sin cirugía; nuevas fracturas 11 % / 11 % / 22 %.',
  'source.xing2013':
    'Cifoplastia frente a vertebroplastia: ángulo cifótico 2,64° más reducido, altura anterior 3,67 mm más recuperada.',
  'source.beall2018': 'Dolor (EVA) −4,05 CB, −3,88 VP, −2,66 sin cirugía.',
  'source.crandall2004':
    'Una cohorte de un solo centro: la cifoplastia llevó las fracturas agudas (< 10 semanas) del 58 % al 86 % de la altura normal, y las crónicas (> 4 meses) del 56 % al 79 %.',
  'source.wardlaw2009':
    'Cifoplastia frente a tratamiento no quirúrgico: componente físico del SF-36 +7,2 frente a +2,0 al mes.',
  'source.vanmeirhaeghe2013':
    'El ensayo FREE a 24 meses (cifoplastia bipedicular, 149 pacientes, frente a tratamiento no quirúrgico): unos 2,4 mL de cemento por lado, tanto como cabía en los balones; ángulo cifótico del cuerpo tratado corregido 3,1° frente a 0,8° a los 24 meses.',
  'source.klazen2010':
    'En fracturas agudas (≤ 6 semanas, recientes en la RM por el edema óseo) la vertebroplastia alivió el dolor más que el tratamiento conservador; 229 de 431 pacientes elegibles (53 %) mejoraron solos antes de poder ser aleatorizados; se excluyó a quienes tenían trastornos de la coagulación no tratables, infección de la columna o general, compresión de la médula o enfermedad grave del corazón o del pulmón.',
  'source.kallmes2009':
    'Vertebroplastia frente a un procedimiento simulado: sin diferencia significativa al mes.',
  'source.dohm2014':
    'Comparación directa, 381 pacientes: dolor y función parecidos tras la cifoplastia y la vertebroplastia; procedimiento de 40,0 frente a 31,8 min; cemento fuera del cuerpo en la TC en 157 de 214 niveles con cifoplastia y 164 de 201 con vertebroplastia; nuevas fracturas en la radiografía en 24 meses en 54 de 110 frente a 64 de 111 pacientes (no significativo); cemento hasta los pulmones en 1 de 191 y 1 de 190 pacientes en 2 años.',
  'source.palmowski2020':
    'La cifoplastia corrigió el ángulo cifótico local 3,8° en fracturas de < 2 semanas, 4,3° entre 2 y 6 semanas y 1,7° entre 6 y 51 semanas (230 pacientes: 100, 91 y 39), mientras que la altura anterior (+8,9–12,9 %) y media (+10,7–13,4 %) aumentó en todos los grupos.',
  'source.cnn2019':
    'Recuperación de altura del 17,5 % si se operó en las 4 primeras semanas, del 7,2 % después.',
  'source.neurosurgery2006':
    'La sola postura elevó el cociente de compresión de 0,60 a 0,75, menos en las fracturas más antiguas.',
  'source.patientsafsurg2008':
    'De 102 pacientes tras la cifoplastia, 2 tuvieron una infección (1 del hueso tratado, 1 de la herida) y 1 un sangrado que necesitó tratamiento; el dolor (EVA) bajó de 7,5 a 2,3 el primer día.',
  'source.kobayashi2005':
    'Dolor medido antes y un día después de la vertebroplastia (175 pacientes): aliviado al día siguiente.',
  'source.burton2008':
    'Una revisión: ambos procedimientos se hacen casi siempre de forma ambulatoria o con una estancia corta; el riesgo global es bajo, pero pueden ocurrir cemento o hueso que comprimen la médula o una raíz nerviosa y cemento que llega a los pulmones.',
  'source.bonnard2017':
    'La vertebroplastia suele hacerse con anestesia general o sedación; solo con anestesia local, el 76 % de 95 pacientes calificó la experiencia de buena o muy buena.',
  'source.cirse2017':
    'Una guía: las contraindicaciones del refuerzo vertebral, entre ellas una infección activa, un trastorno de la coagulación que no se puede corregir, un fragmento de hueso que comprime la médula y la alergia al cemento óseo.',
  'source.johansson2017':
    'Tras una primera fractura osteoporótica, el riesgo de la siguiente es máximo al principio y baja con el tiempo: 2,7 veces el de la población un año después, 1,4 veces a los diez años (18 872 personas).',
  'source.yavuz2023':
    'Fracturas de un solo nivel seguidas 5 años: la vertebroplastia bastó cuando el cuerpo había perdido hasta la mitad de su altura; la cifoplastia dio mejor resultado cuando había perdido más.',
  'source.kaur2016':
    'Anchura del pedículo torácico (T1 9,3, T4 4,5, T12 8,3 mm) y ángulo transversal (T1 35,4° → T12 −9,8°).',
  'source.papanastassiou2014':
    'Cifoplastia en el mieloma (105 niveles): 4,1 mL de cemento por un pedículo frente a 4,9 mL por los dos; el alivio del dolor y la altura no difirieron.',
  'source.belkoff2003': 'El PMMA alcanza 49–112 °C en el centro y 39–57 °C en la pared del canal.',
  'source.krebs2005':
    'La presión en la jeringa alcanza 1,69 ± 0,65 MPa (máximo 3,2 MPa) y sube a medida que fragua el cemento.',
  'source.baroud2004':
    'Permeabilidad del hueso osteoporótico: superoinferior 4,45 ± 1,72, anteroposterior 3,44 ± 1,26 ×10⁻⁸ m²; baja hasta cerca del 63 % a los 18 s de entrar el cemento.',
  'source.widmer2013':
    'La porosidad y la anisotropía (o la separación trabecular) predicen la permeabilidad, R² 0,89–0,97.',
  'source.biorheology2011': 'Viscosidad de la médula ósea 44–142 mPa·s.',
  'source.josr2015': 'Presión dentro del cuerpo 5,09 kPa sin cavidad, 1,20 kPa con ella.',
  'source.silva1994': 'La cortical mide unos 0,35 mm de grosor y es porosa.',
  'source.trivedi2023':
    'El cemento es pseudoplástico y se espesa por fases al fraguar; un cemento mucho más viscoso que la médula rellena con un frente estable y redondeado.',
  'source.genant1993': 'Los grados semicuantitativos 0–3 de las fracturas vertebrales.',
  'source.wang2019':
    'Grados por pérdida de altura: < 20 % normal, 20–25 % leve, 25–40 % moderada, > 40 % grave; formas en cuña, bicóncava y por aplastamiento.',
  'source.panjabi1991':
    'Alturas de los cuerpos torácicos (posterior T1 14,3 → T12 22,7 mm), medidas del platillo, del pedículo y del canal.',
  'source.panjabi1992':
    'Anchura del platillo superior lumbar (L1 41,2 → L5 47,3 mm) y anchura y profundidad del canal.',
  'source.zindrick1987':
    'Anchura del pedículo lumbar L1 8,7 → L5 18,0 mm. Leído solo en un resumen secundario: anchura torácica T1 7,9, T4 4,5 mm; altura del pedículo T1 9,9, T11 17,4, L1 15,4, L5 14,0 mm (rango en L5 9,5–19); ángulo transversal lumbar L1 10,9° → L5 29,8°.',
  'source.lien2007':
    'Patrón de los pedículos T1–L5: más estrechos en T4 y más anchos en L5, más altos en T11–T12; el ángulo transversal baja de T1 a T12 y sube de L1 a L5; el ángulo sagital (craneocaudal) es máximo en T2 y mínimo en L5.',
  'source.clinanat2005':
    'Anchura externa del pedículo mínima en T5 (5,09; rango 4,10–6,88 mm) y máxima en L5 (13,61; rango 10,29–16,20 mm); altura externa mínima en T1 (8,90; 7,18–11,37 mm) y máxima en T11 (17,02; 14,84–19,57 mm).',
  'source.singh2013':
    'Vértebras lumbares secas (20 series): anchura mínima del pedículo 7,1 mm en L1; altura del pedículo máxima en L1 (14,6 mm) y mínima en L4 (13,4 mm); ángulo transversal L1 15,6° → L5 23,7°.',
  'source.clouthier2023':
    'La forma media de L2–L5 (TC de 87 adultos) con la que se contrastaron los modelos lumbares: proporciones del cuerpo y del arco, pedículos, apófisis transversas y espinosas, carillas (docs/ANATOMY.md).',
  'source.bonczar2024': 'Anchura del platillo lumbar y alturas anterior y posterior del cuerpo, L1–L5.',
  'source.egwu2019': 'Altura anterior del cuerpo torácico T2 16,9 → T9 18,8 mm.',
  'source.wang2012': 'Concavidad del platillo: 1,5 mm craneal, 0,7 mm caudal.',
}
