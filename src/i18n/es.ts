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
    'Un hueco lleno de líquido dentro del cuerpo vertebral (OR 1,40 para las fugas, Zhan 2017).',
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
    'Volumen previsto; unos 2,4 mL por lado en la cifoplastia (ensayo FREE, Wardlaw 2009), 4,1–4,9 mL en la vertebroplastia (una cifra clínica sin fuente atribuida).',
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
    'Usted se tumba boca abajo. Le ponen anestesia en la piel y el médico hace dos pequeños cortes. Con ayuda de rayos X, dos tubos finos y huecos pasan entre los músculos de la espalda hasta el hueso.',
  'caption.access.kyphoplasty': 'Después, un pequeño taladro abre un camino dentro del hueso para el balón.',
  'caption.needle':
    'Al entrar, la aguja pasa por un puente estrecho de hueso. Su punta se detiene cerca de la parte de delante del hueso roto.',
  'caption.balloon':
    'Un pequeño balón entra en el hueso y se llena poco a poco. Aparta el hueso roto, que es blando, y puede levantar la parte que se hundió.',
  'caption.cavity': 'El balón se vacía y se retira. Deja un hueco dentro del hueso.',
  'caption.cement.vertebroplasty':
    'El cemento óseo, una pasta espesa, entra despacio por la aguja. Se reparte por los huecos del hueso y se endurece en pocos minutos.',
  'caption.cement.kyphoplasty':
    'Un cemento óseo espeso rellena el hueco. Entra con poca presión, así que suele quedarse dentro del hueso.',
  'caption.cement.leak':
    'Aquí sale un poco de cemento fuera del hueso (en naranja). Es algo frecuente. Rara vez causa problemas.',
  'caption.result.vertebroplasty':
    'La aguja sale y un pequeño apósito cubre el corte. El cemento, ya duro, mantiene quietos los trozos rotos. En los estudios, el dolor mejoró en 87 de cada 100 personas (Hulme 2006).',
  'caption.result.kyphoplasty':
    'Los tubos salen y unos pequeños apósitos cubren los cortes. El cemento, ya duro, sostiene el hueso, que ahora es un poco más alto. En los estudios, el dolor mejoró en 92 de cada 100 personas (Hulme 2006).',
  'note.shape.wedge': 'en cuña',
  'note.shape.biconcave': 'bicóncava',
  'note.shape.crush': 'por aplastamiento',
  'note.count.unipedicular': 'Abordaje unipedicular:',
  'note.count.bipedicular': 'Abordaje bipedicular:',
  'note.fracture':
    'Fractura por compresión {shape} de {level}: pérdida de altura del {loss} %, grado de Genant {grade}; cifosis local {angle}°.',
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
    'Altura anterior {fractured} → {final} mm ({percent} % de la normal); cifosis segmentaria {angleBefore}° → {angleAfter}°.',
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
  'outcome.label': 'Resultado en este caso: {procedure}',
  'outcome.leak': 'Probabilidad de una fuga visible en la radiografía',
  'outcome.leakValue': '{p} (intervalo del 95 %: {low}–{high})',
  'outcome.computing': 'Calculando…',
  'outcome.height': 'Altura anterior recuperada',
  'outcome.heightValue': '{mm} mm ({share} de la altura perdida)',
  'outcome.kyphosis': 'Cifosis corregida',
  'outcome.degrees': '{value}°',
  'outcome.cement': 'Cemento inyectado',
  'outcome.ml': '{value} mL',
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
    'En este caso: {p} de los pacientes simulados tuvieron una fuga visible en la radiografía (intervalo del 95 %: {low}–{high}; {seeds} pacientes).',
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
  'describe.needle':
    '{procedure}, dentro del hueso: la punta de la aguja está en la parte delantera de {level}, vista a través del hueso.',
  'describe.balloon':
    '{procedure}, el balón: un balón se llena dentro de {level} y levanta su parte de arriba.',
  'describe.cavity':
    '{procedure}, un hueco para el cemento: el balón ya ha salido y deja un hueco dentro de {level}.',
  'describe.cement':
    '{procedure}, el cemento: un cemento blanco grisáceo rellena {level} desde la punta de la aguja.',
  'describe.cement.leak': 'Un poco de cemento (en naranja) sale fuera del hueso.',
  'describe.result': '{procedure}, después: las agujas ya han salido y {level} contiene cemento duro.',
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
  'heights.result': 'Grado de Genant {grade}, fractura {shape}; ángulo cifótico {angle}°.',
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
  'studies.pain':
    'El dolor mejoró en unas {n} de cada 100 personas que se hicieron una {procedure}. Ayudó a la mayoría, pero no a todos.',
  'studies.leak':
    'En unos {n} de cada 100 tratamientos con {procedure}, la radiografía muestra algo de cemento fuera del hueso. Rara vez causa problemas. La mayoría de las personas no lo nota.',
  'studies.height.kyphoplasty':
    'El balón puede levantar un poco el hueso roto. De media, la curva de la espalda se redujo {kypho}°. Con la vertebroplastia se redujo {vert}°.',
  'studies.height.vertebroplasty':
    'La vertebroplastia deja el hueso quieto, pero apenas lo levanta. De media, la curva de la espalda se redujo {vert}°. Con la cifoplastia con balón se redujo {kypho}°.',
  'studies.newFractures':
    'Más adelante, unas {n} de cada 100 personas se rompieron otro hueso de la columna. Pasó lo mismo con los dos tratamientos.',
  'studies.time': 'Dura unos {minutes} minutos.',
  'studies.model': 'La imagen en movimiento es un modelo informático. Su caso puede ser distinto.',
  'choose.open': '¿Cómo eligen los médicos?',
  'choose.title': '¿Cómo eligen los médicos?',
  'choose.intro': 'No hay una única respuesta correcta. Su médico valora varias cosas con usted:',
  'choose.severity': 'Cuánto se ha roto el hueso y cuánta altura ha perdido.',
  'choose.age':
    'Cuándo se rompió. Un hueso que se rompió hace meses puede haberse curado con su nueva forma, y el balón lo levanta menos.',
  'choose.health':
    'Su salud en general. Si tiene problemas de corazón o de pulmón, puede ser mejor el procedimiento más corto.',
  'choose.goals':
    'Lo que más le importa: menos dolor y una columna estable, o también una espalda más recta.',
  'choose.cost': 'El coste y qué tratamiento ofrece su hospital.',
  'choose.experience': 'Con qué frecuencia hace su médico cada tratamiento.',
  'choose.studies':
    'Los estudios no coinciden del todo. En uno, la vertebroplastia no fue mejor que un tratamiento simulado al cabo de un mes (Kallmes 2009). En otro, en fracturas recientes, alivió el dolor más que el reposo y los analgésicos (Klazen 2010).',
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
}
