/**
 * French messages (français), for patients in France, Belgium, Switzerland and Canada: vous, short
 * sentences, the words of French patient leaflets ("tassement vertébral", "vertébroplastie",
 * "cyphoplastie par ballonnet", "ciment osseux"); a no-break space before : ; ? ! and %.
 * Written for the reader, not word for word from English; study names and figures as in English.
 */
import type { Catalogue } from './en.ts'

export const fr: Catalogue = {
  'app.title': 'Spine3D',
  'app.documentTitle': 'Spine3D — les tassements vertébraux expliqués',
  'app.description':
    'Une explication en 3D de la vertébroplastie et de la cyphoplastie par ballonnet pour les fractures vertébrales par tassement.',
  'app.noscript': 'Spine3D a besoin de JavaScript pour afficher son modèle 3D.',
  'app.subtitle': 'Fractures vertébrales par tassement : vertébroplastie et cyphoplastie par ballonnet',
  'app.disclaimer':
    'À visée éducative uniquement. Ce modèle ne remplace pas l’avis d’un médecin qui connaît votre situation.',
  'scene.noWebgl':
    'Cette vue 3D a besoin de WebGL, que ce navigateur ou cet appareil ne fournit pas. Essayez un autre navigateur, ou activez l’accélération matérielle.',
  'loading.models': 'Chargement du modèle 3D\u00a0: {loaded} sur {total} parties',
  'loading.preparing': 'Préparation de la vue…',
  'scene.still':
    'Une image fixe de la cyphoplastie par ballonnet. La colonne est vue de côté. Un tube fin entre par l’arrière dans une vertèbre affaissée. Un petit ballonnet bleu se remplit dans l’os pour la relever.',
  'scene.error': 'La vue 3D s’est arrêtée : {message}',
  'embed.disclaimer': 'À visée éducative uniquement.',
  'embed.disclaimerMore': 'Ce n’est pas un avis médical.',
  'embed.open': 'Ouvrir dans Spine3D',
  'embed.openLabel': 'Ouvrir cette vue dans l’application Spine3D complète, dans un nouvel onglet',
  'embed.copy': 'Copier le code d’intégration',
  'embed.copied': 'Code d’intégration copié. Collez-le dans votre page.',
  'embed.copyByHand': 'Copiez ce code dans votre page :',
  'scene.loading': 'Chargement de la colonne…',
  'notices.title': 'Certains réglages ont été ajustés',
  'simulation.failed': 'La simulation s’est arrêtée',
  'notices.dismiss': 'Fermer',
  'notices.source.url': 'URL',
  'notices.source.panel': 'panneau',
  'notices.source.controls': 'commandes',
  'notices.source.api': 'API',
  'problem.scenario.notObject':
    'scenario : objet de clés de scénario attendu, reçu {given} — toutes les valeurs conservées',
  'problem.scenario.unknownKey': '{key} : n’est pas une clé de scénario (une parmi {allowed}) — ignorée',
  'problem.scenario.expectedOneOf':
    '{key} : une valeur parmi {allowed} attendue, reçu {given} — {kept} conservé',
  'problem.scenario.expectedBoolean': '{key} : true ou false attendu, reçu {given} — {kept} conservé',
  'problem.scenario.expectedInteger':
    '{key} : un entier dans l’intervalle {allowed} attendu, reçu {given} — {kept} conservé',
  'problem.scenario.expectedNumber':
    '{key} : un nombre dans l’intervalle {allowed} attendu, reçu {given} — {kept} conservé',
  'problem.scenario.rounded': '{key} : un entier attendu, reçu {given} — arrondi à {result}',
  'problem.scenario.clamped': '{key} : {given} est hors de l’intervalle {allowed} — ramené à {result}',
  'problem.scenario.gradeIgnored':
    '{key} : donné avec heightLossPct — grade ignoré, heightLossPct {loss} utilisé',
  'problem.range': '{min}–{max}',
  'problem.rangeSigned': '{min} à {max}',
  'problem.rangeUnit': '{range} {unit}',
  'problem.view.expectedOneOf':
    '{key} : une valeur parmi {allowed} attendue, reçu "{given}" — {kept} conservé',
  'problem.view.overlayKept': '{key} : une liste parmi {allowed} attendue, reçu {given} — {kept} conservé',
  'problem.view.overlayNone': '{key} : une liste parmi {allowed} attendue, reçu {given} — aucun affiché',
  'problem.chapter.unknown': '{key} : une valeur parmi {allowed} attendue, reçu "{given}" — ouvert au début',
  'problem.chapter.otherProcedure':
    '{key} : "{given}" n’est pas un chapitre de {procedure} ({allowed}) — ouvert à {result}',
  'problem.time.notNumber': '{key} : des secondes de 0 à {limit} attendues, reçu "{given}" — ouvert à 0',
  'problem.time.outsideChapter':
    '{key} : {given} s est hors du chapitre {chapter} (0–{limit} s) — ouvert à {result} s',
  'problem.time.outsideStory': '{key} : {given} s est hors du récit (0–{limit} s) — ouvert à {result} s',
  'problem.play.expected':
    '{key} : une valeur parmi 0 | 1 | true | false attendue, reçu "{given}" — en pause',
  'problem.heights.format':
    '{key} : trois hauteurs en mm attendues, sous la forme antérieure,moyenne,postérieure (par ex. 16.5,20,26), reçu "{given}" — non appliqué',
  'problem.heights.notPositive':
    '{key} : trois hauteurs positives en mm attendues, reçu {which} {value} — non appliqué',
  'problem.heights.tooTall':
    '{key} : une {which} de {value} mm dépasse celle d’une {level} saine (environ {about} mm ; au plus {most}) — non appliqué',
  'problem.heights.beyondModel':
    '{key} : une perte de {loss} % dépasse ce que montre le modèle — affichée à {max} %',
  'problem.mode.expected':
    '{key} : une valeur parmi {allowed} attendue, reçu "{given}" — ouvert pour les {audience}',
  'problem.lang.unknown':
    '{key} : une valeur parmi {allowed} attendue, reçu "{given}" — affiché en {language}',
  'problem.lang.notLoaded':
    '{key} : les textes en {language} ne se sont pas chargés ({error}) — toujours affiché en {shown}',
  'term.unset': 'non défini',
  'term.on': 'activé',
  'term.off': 'désactivé',
  'term.anterior': 'hauteur antérieure',
  'term.middle': 'hauteur moyenne',
  'term.posterior': 'hauteur postérieure',
  'term.patients': 'patients',
  'term.educators': 'enseignants',
  'language.label': 'Langue',
  'language.name.en': 'anglais',
  'language.name.es': 'espagnol',
  'language.name.de': 'allemand',
  'language.name.fr': 'français',
  'panel.title': 'Enseignement',
  'panel.fracture': 'Fracture',
  'panel.procedure': 'Intervention',
  'panel.bone': 'Os',
  'panel.cement': 'Ciment',
  'panel.balloon': 'Ballonnet',
  'panel.patient': 'Patient',
  'panel.view': 'Vue',
  'panel.labels': 'Noms des vertèbres',
  'panel.ribs': 'Amorces de côtes',
  'field.procedure.label': 'Intervention',
  'field.procedure.description':
    'Vertébroplastie (ciment injecté par une aiguille) ou cyphoplastie par ballonnet (d’abord le ballonnet, puis le ciment dans la cavité).',
  'field.level.label': 'Niveau',
  'field.level.description':
    'Vertèbre fracturée ; ces fractures se concentrent en T12–L1 (le constat clinique habituel ; aucune étude précise citée).',
  'field.heightLossPct.label': 'Perte de hauteur',
  'field.heightLossPct.unit': '%',
  'field.heightLossPct.description': 'Perte de la hauteur que définit la forme ; la régler efface le grade.',
  'field.grade.label': 'Grade de Genant',
  'field.grade.description':
    'Gravité selon le grade de Genant (Genant 1993 ; Wáng 2019) ; règle la perte de hauteur sur la valeur représentative du grade.',
  'field.shape.label': 'Forme',
  'field.shape.description':
    'Cunéiforme (hauteur antérieure perdue), biconcave (milieu) ou par écrasement (toutes les hauteurs).',
  'field.fractureAgeDays.label': 'Ancienneté de la fracture',
  'field.fractureAgeDays.unit': 'jours',
  'field.fractureAgeDays.description':
    'Jours depuis la fracture ; les fractures récentes (< 10 semaines) regagnent plus de hauteur (Crandall 2004 ; Palmowski 2020), selon une courbe continue de l’ancienneté.',
  'field.corticalBreach.label': 'Rupture corticale',
  'field.corticalBreach.description':
    'Où la corticale est rompue ; une rupture augmente les fuites (OR 5,56, Zhan 2017).',
  'field.cleft.label': 'Fente intravertébrale',
  'field.cleft.description':
    'Une fente dans le corps vertébral, remplie de gaz (fente de vide) ou de liquide ; OR 1,40 de fuite (Zhan 2017).',
  'field.tScore.label': 'T-score',
  'field.tScore.unit': 'ET',
  'field.tScore.description':
    'Densité osseuse ; plus elle est basse, plus l’os est poreux et perméable (valeur par défaut du modèle −3, un patient ostéoporotique).',
  'field.approach.label': 'Abord',
  'field.approach.description': 'Une aiguille (pointe près de la ligne médiane) ou une par pédicule.',
  'field.cementViscosity.label': 'Viscosité du ciment',
  'field.cementViscosity.description': 'Un ciment peu visqueux fuit davantage (OR 3,32, Zhan 2017).',
  'field.injectionStartMin.label': 'Début de l’injection',
  'field.injectionStartMin.unit': 'min',
  'field.injectionStartMin.description':
    'Minutes après le mélange ; le PMMA est injectable d’environ 4 à 15 min (temps de manipulation, un chiffre clinique sans source attribuée).',
  'field.cementVolumeMl.label': 'Volume de ciment',
  'field.cementVolumeMl.unit': 'mL',
  'field.cementVolumeMl.description':
    'Volume prévu ; environ 2,4 mL par côté en cyphoplastie bipédiculaire (essai FREE, Van Meirhaeghe 2013) ; en cyphoplastie pour myélome, 4,1 mL par un pédicule et 4,9 mL par les deux (Papanastassiou 2014).',
  'field.injectionRateMlPerMin.label': 'Débit d’injection',
  'field.injectionRateMlPerMin.unit': 'mL/min',
  'field.injectionRateMlPerMin.description':
    'Débit de la seringue (valeur par défaut du modèle 2 mL/min ; ne vient pas d’une étude).',
  'field.balloonSizeMm.label': 'Taille du ballonnet',
  'field.balloonSizeMm.unit': 'mm',
  'field.balloonSizeMm.description':
    'Longueur du ballonnet : 10, 15 ou 20 mm, 2–3 mL (un chiffre clinique sans source attribuée). Cyphoplastie seulement.',
  'field.balloonMaxPsi.label': 'Pression maximale du ballonnet',
  'field.balloonMaxPsi.unit': 'psi',
  'field.balloonMaxPsi.description':
    'Le gonflage s’arrête à cette pression (maximum non confirmé, ≈400–700 psi). Cyphoplastie seulement.',
  'field.seed.label': 'Graine',
  'field.seed.description':
    'Choisit l’os et les veines de ce patient ; la même graine donne le même résultat.',
  'option.procedure.vertebroplasty': 'vertébroplastie',
  'option.procedure.kyphoplasty': 'cyphoplastie',
  'option.shape.wedge': 'cunéiforme',
  'option.shape.biconcave': 'biconcave',
  'option.shape.crush': 'par écrasement',
  'option.corticalBreach.none': 'aucune',
  'option.corticalBreach.anterior': 'antérieure',
  'option.corticalBreach.lateral': 'latérale',
  'option.corticalBreach.posterior': 'postérieure',
  'option.corticalBreach.endplate': 'plateau vertébral',
  'option.approach.unipedicular': 'unipédiculaire',
  'option.approach.bipedicular': 'bipédiculaire',
  'option.cementViscosity.low': 'faible',
  'option.cementViscosity.medium': 'moyenne',
  'option.cementViscosity.high': 'élevée',
  'shape.wedge': 'cunéiforme',
  'shape.biconcave': 'biconcave',
  'shape.crush': 'par écrasement',
  'procedure.vertebroplasty': 'Vertébroplastie',
  'procedure.kyphoplasty': 'Cyphoplastie par ballonnet',
  'procedure.inSentence.vertebroplasty': 'vertébroplastie',
  'procedure.inSentence.kyphoplasty': 'cyphoplastie par ballonnet',

  'chapter.fracture.title': 'La vertèbre cassée',
  'chapter.access.title': 'Atteindre l’os',
  'chapter.needle.title': 'Dans l’os',
  'chapter.balloon.title': 'Le ballonnet',
  'chapter.cavity.title': 'Une place pour le ciment',
  'chapter.cement.title': 'Le ciment',
  'chapter.result.title': 'Après',
  'caption.fracture.wedge':
    'Voici la colonne vertébrale, vue de côté. Une vertèbre, {level}, s’est cassée. Son avant s’est affaissé : elle est maintenant cunéiforme, plus basse devant que derrière. Des os fragiles peuvent se casser ainsi après une petite chute, ou même une toux.',
  'caption.fracture.biconcave':
    'Voici la colonne vertébrale, vue de côté. Une vertèbre, {level}, s’est cassée. Elle s’est affaissée au milieu, en haut et en bas. Des os fragiles peuvent se casser ainsi après une petite chute, ou même une toux.',
  'caption.fracture.crush':
    'Voici la colonne vertébrale, vue de côté. Une vertèbre, {level}, s’est cassée. Elle a été écrasée sur toute sa hauteur. Des os fragiles peuvent se casser ainsi après une petite chute, ou même une toux.',
  'caption.access.one':
    'Vous vous allongez sur le ventre. La peau est endormie, puis le médecin fait une petite incision. Guidée par les rayons X, une fine aiguille creuse passe dans les muscles du dos jusqu’à l’os.',
  'caption.access.two':
    'Vous vous allongez sur le ventre. La peau est endormie, puis le médecin fait deux petites incisions. Guidées par les rayons X, deux aiguilles fines et creuses passent dans les muscles du dos jusqu’à l’os, une de chaque côté.',
  'caption.access.kyphoplasty.one': 'Une petite mèche ouvre ensuite un chemin dans l’os pour le ballonnet.',
  'caption.access.kyphoplasty.two':
    'Une petite mèche ouvre ensuite un chemin dans l’os pour chaque ballonnet.',
  'caption.needle.one':
    'En entrant, l’aiguille passe par un étroit pont d’os. Sa pointe s’arrête près de l’avant de la vertèbre cassée.',
  'caption.needle.two':
    'En entrant, chaque aiguille passe par un étroit pont d’os. Leurs pointes s’arrêtent près de l’avant de la vertèbre cassée.',
  'caption.balloon.one':
    'Un petit ballonnet entre dans l’os et se remplit doucement. Il écarte l’os cassé, qui est mou, et peut relever la partie affaissée.',
  'caption.balloon.two':
    'Deux petits ballonnets, un par aiguille, entrent dans l’os et se remplissent doucement. Ils écartent l’os cassé, qui est mou, et peuvent relever la partie affaissée.',
  'caption.cavity.one': 'Le ballonnet est vidé puis retiré. Il laisse un espace creux dans l’os.',
  'caption.cavity.two': 'Les ballonnets sont vidés puis retirés. Ils laissent un espace creux dans l’os.',
  'caption.cement.vertebroplasty.one':
    'Le ciment osseux, une pâte épaisse, est poussé lentement dans l’aiguille. Il se répand dans les espaces de l’os et durcit en quelques minutes.',
  'caption.cement.vertebroplasty.two':
    'Le ciment osseux, une pâte épaisse, est poussé lentement dans les deux aiguilles. Il se répand dans les espaces de l’os et durcit en quelques minutes.',
  'caption.cement.kyphoplasty':
    'Un ciment osseux épais remplit l’espace creux et durcit en quelques minutes. Il entre à faible pression, mais un peu peut quand même sortir.',
  'caption.cement.leak':
    'Ici, un peu de ciment sort de l’os (en orange). C’est fréquent. Cela pose rarement problème.',
  'caption.result.out.one': 'L’aiguille est retirée et un petit pansement couvre l’incision.',
  'caption.result.out.two': 'Les aiguilles sont retirées et de petits pansements couvrent les incisions.',
  'caption.result.hold': 'Le ciment durci maintient les morceaux cassés immobiles.',
  'caption.result.height.much': 'La vertèbre a retrouvé une bonne partie de la hauteur perdue.',
  'caption.result.height.some': 'La vertèbre est maintenant un peu plus haute.',
  'caption.result.height.none': 'Sa hauteur a à peine changé.',
  'caption.result.height.old':
    'Sa hauteur a à peine changé : une fracture aussi ancienne s’est souvent consolidée dans sa forme affaissée.',
  'caption.result.height.vertebroplasty':
    'La vertébroplastie ne cherche pas à relever la vertèbre, et sa hauteur a à peine changé.',
  'caption.result.pain': 'La douleur a diminué à peu près autant après les deux traitements (Dohm 2014).',
  'note.shape.wedge': 'cunéiforme',
  'note.shape.biconcave': 'biconcave',
  'note.shape.crush': 'par écrasement',
  'note.count.unipedicular': 'Unipédiculaire :',
  'note.count.bipedicular': 'Bipédiculaire :',
  'note.fracture':
    'Fracture-tassement {shape} de {level} : perte de hauteur de {loss} %, grade de Genant {grade} ; angle de cunéiformisation {angle}°.',
  'note.access':
    '{count} trocart et canule transpédiculaires {gauge} G sous fluoroscopie ; entrée à l’extrémité postérieure du pédicule.',
  'note.access.kyphoplasty':
    '{count} canule de travail transpédiculaire {gauge} G, pointe juste dans la partie postérieure du corps ; une mèche ouvre le chemin jusqu’au tiers antérieur.',
  'note.needle':
    'Canule avancée jusqu’au tiers antérieur du corps ({depth} mm depuis l’entrée dans l’os) ; trocart retiré.',
  'note.balloon':
    'Ballonnet de cyphoplastie, {size} mm : {volume} mL chacun, jusqu’à {pressure} psi ; hauteur antérieure {before} → {after} mm.',
  'note.cavity':
    'Le dégonflage fait perdre une partie du redressement ; la cavité ({cavity} mL) reste et est remplie en premier.',
  'note.cement':
    'PMMA (viscosité {viscosity}) {injected} mL à {rate} mL/min dès {start} min après le mélange ; pression maximale à la seringue {pressure} MPa.',
  'note.cement.leak': 'Fuite : {leaked} mL par {routes}.',
  'note.result':
    'Hauteur antérieure {fractured} → {final} mm ({percent} % de la normale) ; angle cyphotique du niveau corrigé de {correction}°.',
  'route.basivertebral': 'la veine basivertébrale',
  'route.segmental': 'une veine segmentaire',
  'route.cortical': 'un défaut cortical',
  'route.disc': 'le disque',
  'route.canal': 'le canal rachidien',
  'viscosity.low': 'faible',
  'viscosity.medium': 'moyenne',
  'viscosity.high': 'élevée',

  'player.label': 'Lecteur',
  'player.chapters': 'Chapitres',
  'player.chapter': 'Chapitre {number} : {title}',
  'player.play': 'Lecture',
  'player.pause': 'Pause',
  'player.replay': 'Revoir',
  'player.previous': 'Chapitre précédent',
  'player.next': 'Chapitre suivant',
  'player.seek': 'Position dans le récit',
  'player.seekValue': '{time} sur {total}, {chapter}',
  'player.speed': 'Vitesse',
  'player.speedValue': '{speed}×',
  'player.loop': 'En boucle',
  'player.inside': 'Voir à l’intérieur',
  'player.inside.auto': 'Automatique',
  'player.inside.on': 'Oui',
  'player.inside.off': 'Non',
  'player.captions': 'Sous-titres',
  'player.help': 'Raccourcis clavier',
  'player.waiting': 'Simulation…',
  'readout.balloon': 'Ballonnet {volume} mL · {pressure} psi',
  'readout.cement': 'Ciment {injected} sur {total} mL · {pressure} MPa',
  'readout.leak': 'hors de l’os : {leaked} mL',
  'readout.clock': 'Temps de l’intervention {time}',
  'outcome.label': 'Estimation du modèle pour ce cas : {procedure}',
  'outcome.leak': 'Fuite visible à la radio, modèle de {seeds} patients',
  'outcome.leakValue': '{p} (intervalle à 95 % : {low}–{high})',
  'outcome.computing': 'Calcul…',
  'outcome.height': 'Hauteur antérieure, modèle d’un patient',
  'outcome.heightValue': '{before} → {after} de la normale ({mm} mm regagnés)',
  'outcome.kyphosis': 'Angle cyphotique du niveau corrigé, modèle',
  'outcome.degrees': '{value}°',
  'outcome.cement': 'Ciment injecté, modèle',
  'outcome.ml': '{value} mL',
  'outcome.studies.leak': 'études : {low}–{high} par vertèbre traitée',
  'outcome.studies.height': 'études : {before} → {after} de la normale pour les fractures récentes',
  'outcome.studies.kyphosis': 'études : {value}° en moyenne',
  'outcome.studies.cement': 'études : {value} mL par côté',
  'outcome.basis': 'Sur quoi il repose',
  'outcome.basisValue': 'Calé sur les taux des études ; pas une prédiction pour un patient.',
  'height.title': 'Hauteur de la vertèbre cassée',
  'height.height': 'Hauteur',
  'height.now': 'Maintenant',
  'height.ofNormal': 'de l’os sain',
  'height.anterior': 'Avant',
  'height.middle': 'Milieu',
  'height.posterior': 'Arrière',
  'height.angle': 'Angle de cunéiformisation',
  'height.mm': '{value} mm',
  'height.key.healthy': 'os sain',
  'height.key.fractured': 'après la fracture',
  'height.key.now': 'maintenant',
  'exit.basivertebral': 'Veine basivertébrale',
  'exit.segmental': 'Veine segmentaire',
  'exit.cortical': 'Fissure dans la paroi',
  'exit.disc': 'Vers le disque',
  'exit.canal': 'Canal rachidien',
  'risk.title': 'Risque de fuite de ciment',
  'risk.case':
    'Le modèle de ce cas : {p} de {seeds} patients simulés ont eu une fuite visible à la radio (intervalle à 95 % {low}–{high}).',
  'risk.computing': 'Simulation de {seeds} patients…',
  'risk.published.vertebroplasty': 'Taux publiés après vertébroplastie, par vertèbre traitée :',
  'risk.published.kyphoplasty': 'Taux publiés après cyphoplastie par ballonnet, par vertèbre traitée :',
  'risk.legend': 'À quelle fréquence le ciment a atteint la paroi à cet endroit',
  'risk.legendLabel': '{legend} : {from} → {to}',
  'risk.never': 'jamais',
  'risk.always': 'à chaque fois',
  'risk.ctNote':
    'Le scanner trouve environ 1,5 fois plus de fuites que les radios simples (Yeom 2003). La plupart des fuites ne causent aucun symptôme.',
  'sources.open': 'Source : {source}',
  'sources.title': 'Sources',
  'sources.intro':
    'Les études derrière les chiffres. Chaque référence est donnée telle que publiée, en anglais ; dessous, ce que l’application en retient.',
  'sources.grade': 'Niveau de preuve : {grade}',
  'sources.grade.H': 'méta-analyse ou essai randomisé',
  'sources.grade.M': 'une étude isolée d’un autre type',
  'sources.grade.L': 'une revue, une recommandation ou une lecture partielle',
  'sources.close': 'Fermer',
  'views.label': 'Vues et calques',
  'views.mode': 'Vue',
  'views.mode.scene': '3D',
  'views.mode.fluoro': 'Radio',
  'views.mode.compare': 'Côte à côte',
  'views.mode.cutaway': 'Coupe',
  'views.overlays': 'Calques',
  'views.overlay.risk': 'Risque de fuite',
  'views.overlay.height': 'Hauteur',
  'views.overlay.fluoro': 'Radio en incrustation',
  'views.overlay.anatomy': 'Anatomie',
  'fluoro.title.lateral': 'Radiographie de profil',
  'fluoro.title.ap': 'Radiographie de face',
  'fluoro.projection': 'Incidence radiographique',
  'fluoro.projection.lateral': 'Profil',
  'fluoro.projection.ap': 'Face',
  'fluoro.label':
    '{projection} simulée : le rachis autour de {level} tel que l’arceau le montre à cet instant – l’os en gris, le ciment et les aiguilles métalliques en blanc éclatant.',
  'fluoro.inset': '{projection} : l’intervention à cet instant, telle qu’un arceau la montrerait',
  'fluoro.leakKey': 'L’orange signale le ciment hors de l’os ; une radiographie le montre blanc.',
  'cut.label': 'Coupe',
  'cut.axis': 'Plan de coupe',
  'cut.axis.sagittal': 'De gauche à droite (sagittale)',
  'cut.axis.axial': 'De haut en bas (axiale)',
  'cut.position': 'Position de la coupe',
  'cut.xray': 'Os transparent',
  'describe.fracture':
    '{procedure}, la vertèbre cassée : la colonne vue de côté, avec une fracture {shape} de {level}, qui a perdu {loss} % de sa hauteur.',
  'describe.access':
    '{procedure}, atteindre l’os : le patient est allongé sur le ventre ; {needles} à travers la peau et les muscles du dos jusqu’à l’os de {level}.',
  'describe.needle.one':
    '{procedure}, dans l’os : la pointe de l’aiguille est à l’avant de {level}, vue à travers l’os.',
  'describe.needle.two':
    '{procedure}, dans l’os : les pointes des deux aiguilles sont à l’avant de {level}, vues à travers l’os.',
  'describe.balloon.one':
    '{procedure}, le ballonnet : il se gonfle dans {level} et pousse sur sa face supérieure.',
  'describe.balloon.two':
    '{procedure}, les ballonnets : deux ballonnets se gonflent dans {level} et poussent sur sa face supérieure.',
  'describe.cavity.one':
    '{procedure}, une place pour le ciment : le ballonnet est retiré et laisse une cavité dans {level}.',
  'describe.cavity.two':
    '{procedure}, une place pour le ciment : les ballonnets sont retirés et laissent une cavité dans {level}.',
  'describe.cement.one':
    '{procedure}, le ciment : un ciment blanc grisâtre remplit {level} depuis la pointe de l’aiguille.',
  'describe.cement.two':
    '{procedure}, le ciment : un ciment blanc grisâtre remplit {level} depuis les pointes des deux aiguilles.',
  'describe.cement.leak': 'Un peu de ciment (en orange) sort de l’os.',
  'describe.result.one': '{procedure}, après : l’aiguille est retirée et {level} contient du ciment durci.',
  'describe.result.two':
    '{procedure}, après : les aiguilles sont retirées et {level} contient du ciment durci.',
  'describe.oneNeedle': 'une aiguille passe',
  'describe.twoNeedles': 'deux aiguilles passent',
  'describe.keys': 'Maj et les flèches font tourner la vue ; + et − zooment.',
  'anatomy.body': 'Corps vertébral',
  'anatomy.endplate': 'Plateau vertébral',
  'anatomy.pedicle': 'Pédicule',
  'anatomy.lamina': 'Lame',
  'anatomy.spinous': 'Apophyse épineuse',
  'anatomy.transverse': 'Apophyse transverse',
  'anatomy.canal': 'Canal rachidien',
  'anatomy.disc': 'Disque',
  'anatomy.basivertebral': 'Veine basivertébrale',
  'heights.title': 'Hauteurs sur la radio du patient ({level})',
  'heights.apply': 'Appliquer',
  'heights.result': 'Grade de Genant {grade}, fracture {shape} ; angle de cunéiformisation {angle}°.',
  'present.start': 'Présenter',
  'present.stop': 'Arrêter la présentation',
  'takeaway.record': 'Enregistrer la vidéo',
  'takeaway.stop': 'Arrêter l’enregistrement',
  'takeaway.noVideo': 'Ce navigateur ne peut pas enregistrer de vidéo',
  'takeaway.print': 'Imprimer pour le patient',
  'share.title': 'Partager et emporter',
  'share.link': 'Copier le lien',
  'share.picture': 'Enregistrer l’image',
  'mode.label': 'Afficher pour',
  'mode.patient': 'Patients',
  'mode.educator': 'Enseignants',
  'choice.label': 'Traitement',
  'studies.title': 'Ce que disent les études',
  'studies.benefitsTitle': 'Ce qu’il peut apporter',
  'studies.pain':
    'Dans les études qui ont comparé les deux, la douleur a diminué à peu près autant après chacun.',
  'studies.trials':
    'Les études ne s’accordent pas toutes sur l’aide apportée par le ciment lui-même. Dans l’une, la vertébroplastie n’a pas fait mieux qu’un traitement simulé après un mois. Dans une autre, pour des fractures de moins de 6 semaines, elle a mieux soulagé la douleur que le repos et les antidouleurs.',
  'studies.leak':
    'Un peu de ciment sort souvent de l’os. La radio le montre pour environ {n} vertèbres sur 100 traitées par {procedure}.',
  'studies.leakCompared':
    'Comparée directement, la cyphoplastie par ballonnet a donné moins de fuites : pour 10 fuites après vertébroplastie, il y en avait environ {n}.',
  'studies.leakCt':
    'Le scanner en trouve davantage. Dans un essai, il a montré un peu de ciment hors de l’os pour environ {vert} vertèbres sur 10 après vertébroplastie, et {kypho} sur 10 après cyphoplastie.',
  'studies.leakHarm':
    'La plupart du temps, ce ciment ne fait aucun mal. Rarement, il appuie sur un nerf. Dans une étude de {people} personnes, il est allé dans le canal rachidien chez moins de {n} sur 100.',
  'studies.lungs':
    'Très rarement, du ciment part dans les poumons. Sur {years} ans, un essai l’a trouvé chez environ 1 personne sur {of}, après l’un ou l’autre.',
  'studies.otherRisks':
    'Comme pour tout traitement, une infection ou un saignement peut survenir. Le médicament qui endort la zone ou qui vous fait dormir peut causer une réaction. Dans une étude de {people} personnes, {infection} ont eu une infection et {bleeding} un saignement qui a dû être traité.',
  'studies.height.kyphoplasty':
    'Le ballonnet peut relever un peu la vertèbre cassée. En moyenne, la bascule vers l’avant au niveau de la vertèbre cassée a diminué de {kypho}°. Avec la vertébroplastie, elle a diminué de {vert}°.',
  'studies.height.vertebroplasty':
    'La vertébroplastie stabilise la vertèbre mais la relève peu. En moyenne, la bascule vers l’avant au niveau de la vertèbre cassée a diminué de {vert}°. Avec la cyphoplastie par ballonnet, elle a diminué de {kypho}°.',
  'studies.newFractures':
    'Plus tard, une autre vertèbre peut se casser. Dans un essai, les radios sur {years} ans ont montré une nouvelle fracture, douloureuse ou non, chez {low} à {high} personnes sur 10 après l’un ou l’autre traitement.',
  'studies.newFracturesReview':
    'Dans de nombreuses études, {treated} personnes sur 100 ont eu une nouvelle fracture après l’un ou l’autre. Sans traitement, c’était {none} sur 100 : deux fois plus.',
  'studies.time': 'Cela dure environ {minutes} minutes.',
  'studies.risksTitle': 'Risques',
  'studies.model': 'L’image animée est un modèle informatique. Votre cas peut être différent.',
  'studyOutcome.label': 'Ce que les études ont trouvé : {procedure}',
  'studyOutcome.pain': 'Soulagement de la douleur',
  'studyOutcome.painValue': 'À peu près le même après les deux',
  'studyOutcome.leak': 'Ciment hors de l’os au scanner',
  'studyOutcome.leakValue': 'Environ {n} vertèbres traitées sur 10',
  'studyOutcome.bend': 'Bascule vers l’avant au niveau de la vertèbre cassée',
  'studyOutcome.bendValue': '{value}° de moins en moyenne',
  'studyOutcome.time': 'Durée',
  'studyOutcome.timeValue': 'Environ {minutes} minutes',
  'studyOutcome.sources': 'Sources',
  'patient.day.title': 'Avant, pendant et après',
  'patient.day.scan':
    'Avant : une radio montre la fracture. Une IRM peut montrer si elle est récente. Les essais ont traité des fractures qui semblaient récentes à l’IRM.',
  'patient.day.alternative':
    'Toutes les fractures n’en ont pas besoin. Les antidouleurs, le repos et le temps aident beaucoup de fractures à guérir. Dans un essai, environ {n} personnes sur 10 qui attendaient ont guéri d’elles-mêmes.',
  'patient.day.notFor':
    'On ne le fait pas si vous avez une infection ou un trouble de la coagulation qu’on ne peut pas traiter. Ni si un morceau d’os appuie sur votre moelle épinière, ni si vous êtes allergique au ciment osseux.',
  'patient.day.anaesthesia':
    'Pendant : vous êtes allongé sur le ventre. La peau est endormie. Vous pouvez aussi recevoir un médicament qui vous détend, ou une anesthésie générale.',
  'patient.day.time':
    'Dans un essai, la vertébroplastie a duré environ {vert} minutes et la cyphoplastie par ballonnet environ {kypho}. Les deux ont donc duré moins d’une heure.',
  'patient.day.home':
    'Après : vous restez allongé un moment. La plupart des gens rentrent chez eux le jour même.',
  'patient.day.relief': 'La douleur diminue souvent en un ou deux jours.',
  'patient.day.bones':
    'Demandez aussi un traitement de vos os fragiles. Une fracture en rend une autre plus probable, surtout peu après.',
  'choose.open': 'Comment les médecins choisissent-ils ?',
  'choose.title': 'Comment les médecins choisissent-ils ?',
  'choose.intro': 'Il n’y a pas une seule bonne réponse. Votre médecin examine plusieurs points avec vous :',
  'choose.severity': 'À quel point la vertèbre est cassée et combien de hauteur elle a perdu.',
  'choose.age':
    'L’âge de la fracture. Une vertèbre cassée il y a des mois a pu se consolider dans sa nouvelle forme, et un ballonnet la relève moins.',
  'choose.levels':
    'L’endroit de la fracture, et leur nombre. Certains médecins préfèrent la cyphoplastie par ballonnet pour une vertèbre qui a perdu plus de la moitié de sa hauteur. Certains la préfèrent aussi pour plusieurs vertèbres cassées, ou pour une fracture là où le haut et le bas du dos se rejoignent.',
  'choose.health':
    'Votre état de santé général. Des problèmes de cœur ou de poumons peuvent faire préférer l’intervention la plus courte.',
  'choose.goals':
    'Ce qui compte le plus pour vous : moins de douleur et un dos stable, ou aussi un dos plus droit.',
  'choose.cost': 'Le coût, et le traitement que propose votre hôpital.',
  'choose.experience': 'La fréquence à laquelle votre médecin pratique chaque traitement.',
  'choose.questions': 'Questions que vous pouvez poser à votre médecin',
  'choose.q1': 'Ma fracture est-elle assez récente pour que cela m’aide ?',
  'choose.q2': 'Aurais-je intérêt à regagner un peu de hauteur ?',
  'choose.q3': 'Quels sont les risques pour moi ?',
  'choose.q4': 'Combien de ces interventions votre équipe fait-elle chaque année ?',
  'choose.q5': 'Que se passe-t-il si j’attends ?',
  'choose.q6': 'Comment mes os fragiles seront-ils traités, pour que je me casse moins d’os à l’avenir ?',
  'choose.close': 'Fermer',
  'narration.on': 'Lire à voix haute',
  'narration.unavailable': 'La lecture à voix haute n’est pas disponible dans ce navigateur',
  'text.smaller': 'Texte plus petit',
  'text.larger': 'Texte plus grand',
  'help.title': 'Raccourcis clavier',
  'help.close': 'Fermer',
  'help.playPause': 'Lecture ou pause',
  'help.seek5': 'Reculer ou avancer de 5 secondes',
  'help.seek10': 'Reculer ou avancer de 10 secondes',
  'help.step': 'Reculer ou avancer un peu (en pause)',
  'help.startEnd': 'Début ou fin',
  'help.chapterN': 'Aller aux chapitres 1 à 9',
  'help.chapterStep': 'Chapitre précédent ou suivant',
  'help.captions': 'Sous-titres oui ou non',
  'help.fullscreen': 'Plein écran',
  'help.turn': 'Tourner la vue',
  'help.tilt': 'Incliner la vue',
  'help.zoom': 'Zoomer ou dézoomer',
  'help.help': 'Afficher cette aide',
  'help.present': 'Mode présentation : plein écran, la vue seule (enseignants)',
  'key.space': 'Espace',
  'key.home': 'Début',
  'key.end': 'Fin',
  'key.pageUp': 'Page préc.',
  'key.pageDown': 'Page suiv.',
  'key.shift': 'Maj',
  // La vue de l’histoire : les études à côté, le retour à la caméra de l’histoire, où nous sommes.
  'studies.close': 'Fermer les études',
  'view.storyCamera': 'Revenir à la vue de l’histoire',
  'locator.label': 'Où nous sommes sur la colonne : {level}',
  'figures.label': 'Les chiffres du cas',
  'source.hulme2006':
    'Séries de cas regroupées, pour la plupart sans groupe témoin : fuite de ciment visible à la radio pour 41 % des vertèbres traitées par vertébroplastie et 9 % par cyphoplastie ; douleur soulagée chez 87 % (VP) et 92 % (CB) des patients.',
  'source.zhan2017':
    'Fuite pour 54,7 % (VP) et 18,4 % (CB) de 4 187 vertèbres ; rapports de cotes pour une rupture corticale (5,56), un ciment peu visqueux (3,32) et une fente intravertébrale (1,40) ; les vertèbres qui fuyaient avaient reçu 0,59 mL de ciment de plus ; âge, sexe, niveau et voie d’abord non significatifs.',
  'source.josr2018':
    'Comparaison directe, 16 études : fuite de ciment après cyphoplastie avec un risque relatif de 0,62 (0,47–0,80) par rapport à la vertébroplastie ; la cyphoplastie a davantage réduit l’angle de cunéiformisation cyphotique et rendu plus de hauteur ; douleur (EVA) et handicap (ODI) sans différence.',
  'source.yeom2003':
    'Voies de fuite : veine basivertébrale (B), veine segmentaire (S), défaut cortical (C) ; le scanner a trouvé 1,5 fois plus de fuites que la radio standard, qui manquait la plupart des fuites veineuses.',
  'source.josr2019':
    'Fuites dans le canal rachidien chez 0,7 % de 3 175 patients (4 ont dû être opérés) ; ciment dans les poumons avec symptômes chez 0,11 % après 3,5–7 mL et 0,9 % après plus de 7 mL ; la plupart des fuites n’ont eu aucun effet clinique.',
  'source.josr2021':
    'Sur 344 vertèbres traitées par vertébroplastie, 28,5 % ont fui par la veine basivertébrale, 34,3 % par des veines segmentaires et 24,4 % par un défaut cortical ; une rupture corticale prédit les fuites corticales ; l’atteinte du mur postérieur et la gravité de la fracture prédisent les fuites par les veines segmentaires.',
  'source.bmc2020':
    '295 vertèbres (VP ou CB unilatérale), 32,5 % de fuites ; une chirurgie tardive, le taux de compression et un plateau supérieur cassé prédisent les fuites dans le disque ; la VP (par rapport à la CB) prédit les fuites veineuses.',
  'source.tang2021':
    'Types de fuite après vertébroplastie sur 139 vertèbres sans fente : basivertébrale 31,7 %, segmentaire 52,5 %, corticale 12,2 %, discale 6,5 % (toute fuite 76,3 %) ; une fente déplace les fuites des veines vers la corticale et le disque sans changer le taux global.',
  'source.venmans2011':
    'Scanner après vertébroplastie : fuites pour 64 vertèbres sur 80 (80 %) ; parmi elles, veineuses 88 %, discales 34 %, dans les tissus mous 4 % ; les vertèbres qui fuyaient avaient reçu plus de ciment (4,5 contre 3,7 mL).',
  'source.actaradiol2012':
    'Scanner après vertébroplastie (181 patients, 277 vertèbres) : une fuite chez 82 % des patients ; plateau (disque) 45 %, paravertébrale 35 %, épidurale 20 %, veineuse prévertébrale 18 % des patients ; la radio standard en montrait environ la moitié.',
  'source.wang2014':
    'Après cyphoplastie de 270 vertèbres, les fuites par le foramen basivertébral (42 ; 15,5 %) et dans le disque (21 ; 7,8 %) étaient plus fréquentes que tout autre type ; les fuites basivertébrales étaient plus fréquentes avec une fente (23,6 % contre 12,6 %).',
  'source.perez2021':
    'Cyphoplastie bipédiculaire de 157 vertèbres au mur postérieur rompu : 14 fuites (9 %), aucune avec symptômes.',
  'source.bmc2023':
    'La fuite de ciment après cyphoplastie ne différait pas entre os normal, ostéopénique et ostéoporotique (232 patients).',
  'source.papanastassiou2012':
    'Angle cyphotique réduit de 4,8° (CB) contre 1,7° (VP) ; douleur (EVA 0–10) −5,07 CB, −4,55 VP, −2,17 sans chirurgie ; nouvelles fractures 11 % / 11 % / 22 %.',
  'source.xing2013':
    'Cyphoplastie contre vertébroplastie : angle cyphotique réduit de 2,64° de plus, hauteur antérieure rendue de 3,67 mm de plus.',
  'source.beall2018': 'Douleur (EVA) −4,05 CB, −3,88 VP, −2,66 sans chirurgie.',
  'source.crandall2004':
    'Une cohorte d’un seul centre : la cyphoplastie a porté les fractures récentes (< 10 semaines) de 58 % à 86 % de la hauteur normale, les anciennes (> 4 mois) de 56 % à 79 %.',
  'source.wardlaw2009':
    'Cyphoplastie contre traitement non chirurgical : score physique du SF-36 +7,2 contre +2,0 à un mois.',
  'source.vanmeirhaeghe2013':
    'L’essai FREE sur 24 mois (cyphoplastie bipédiculaire, 149 patients, contre traitement non chirurgical) : environ 2,4 mL de ciment par côté, autant que les ballonnets en contenaient ; angle cyphotique du corps traité corrigé de 3,1° contre 0,8° à 24 mois.',
  'source.klazen2010':
    'Pour des fractures récentes (≤ 6 semaines, récentes à l’IRM par l’œdème osseux), la vertébroplastie a mieux soulagé la douleur que le traitement conservateur ; 229 des 431 patients éligibles (53 %) ont guéri d’eux-mêmes avant de pouvoir être tirés au sort ; exclus : troubles de la coagulation non traitables, infection du rachis ou générale, compression de la moelle, maladie grave du cœur ou des poumons.',
  'source.kallmes2009':
    'Vertébroplastie contre une intervention simulée : pas de différence significative à un mois.',
  'source.dohm2014':
    'Comparaison directe, 381 patients : douleur et fonction comparables après cyphoplastie et vertébroplastie ; intervention de 40,0 contre 31,8 min ; ciment hors du corps vertébral au scanner pour 157 vertèbres sur 214 après cyphoplastie et 164 sur 201 après vertébroplastie ; nouvelles fractures à la radio en 24 mois chez 54 patients sur 110 contre 64 sur 111 (non significatif) ; ciment parti dans les poumons chez 1 patient sur 191 et 1 sur 190 en 2 ans.',
  'source.palmowski2020':
    'La cyphoplastie a corrigé l’angle cyphotique local de 3,8° pour les fractures de < 2 semaines, 4,3° entre 2 et 6 semaines et 1,7° entre 6 et 51 semaines (230 patients : 100, 91 et 39), tandis que les hauteurs antérieure (+8,9–12,9 %) et moyenne (+10,7–13,4 %) augmentaient dans chaque groupe.',
  'source.cnn2019':
    'Gain de hauteur de 17,5 % si l’opération avait lieu dans les 4 semaines, 7,2 % plus tard.',
  'source.neurosurgery2006':
    'La seule position a fait passer le rapport de compression de 0,60 à 0,75, moins pour les fractures plus anciennes.',
  'source.patientsafsurg2008':
    'Sur 102 patients après cyphoplastie, 2 ont eu une infection (1 de la vertèbre traitée, 1 de la plaie) et 1 un saignement qui a dû être traité ; la douleur (EVA) est passée de 7,5 à 2,3 dès le premier jour.',
  'source.kobayashi2005':
    'Douleur mesurée avant et un jour après la vertébroplastie (175 patients) : soulagée dès le lendemain.',
  'source.burton2008':
    'Une revue : les deux interventions se font le plus souvent en ambulatoire ou avec un court séjour ; le risque global est faible, mais du ciment ou de l’os peut comprimer la moelle ou une racine nerveuse, et du ciment peut partir dans les poumons.',
  'source.bonnard2017':
    'La vertébroplastie se fait le plus souvent sous anesthésie générale ou sédation ; sous anesthésie locale seule, 76 % de 95 patients ont jugé l’expérience bonne ou très bonne.',
  'source.cirse2017':
    'Une recommandation : les contre-indications de la cimentoplastie vertébrale, dont une infection active, un trouble de la coagulation qui ne peut être corrigé, un fragment d’os qui comprime la moelle et une allergie au ciment osseux.',
  'source.johansson2017':
    'Après une première fracture ostéoporotique, le risque de la suivante est le plus élevé tout de suite et baisse avec le temps : 2,7 fois celui de la population un an après, 1,4 fois après dix ans (18 872 personnes).',
  'source.yavuz2023':
    'Fractures d’une seule vertèbre suivies 5 ans : la vertébroplastie suffisait quand le corps avait perdu jusqu’à la moitié de sa hauteur ; la cyphoplastie faisait mieux quand il en avait perdu davantage.',
  'source.kaur2016':
    'Largeur des pédicules thoraciques (T1 9,3, T4 4,5, T12 8,3 mm) et angle transversal (T1 35,4° → T12 −9,8°).',
  'source.papanastassiou2014':
    'Cyphoplastie dans le myélome (105 vertèbres) : 4,1 mL de ciment par un pédicule contre 4,9 mL par les deux ; soulagement de la douleur et hauteur sans différence.',
  'source.belkoff2003': 'Le PMMA atteint 49–112 °C au centre et 39–57 °C contre la paroi du canal.',
  'source.krebs2005':
    'La pression dans la seringue atteint 1,69 ± 0,65 MPa (au plus 3,2 MPa) et monte à mesure que le ciment durcit.',
  'source.baroud2004':
    'Perméabilité de l’os ostéoporotique : craniocaudale 4,45 ± 1,72, antéropostérieure 3,44 ± 1,26 ×10⁻⁸ m² ; elle tombe à environ 63 % dans les 18 s qui suivent l’entrée du ciment.',
  'source.widmer2013':
    'La porosité et l’anisotropie (ou l’espacement des travées) prédisent la perméabilité, R² 0,89–0,97.',
  'source.biorheology2011': 'Viscosité de la moelle osseuse 44–142 mPa·s.',
  'source.josr2015': 'Pression dans le corps vertébral 5,09 kPa sans cavité, 1,20 kPa avec une cavité.',
  'source.silva1994': 'La coque corticale mesure environ 0,35 mm d’épaisseur et elle est poreuse.',
  'source.trivedi2023':
    'Le ciment est rhéofluidifiant et s’épaissit par étapes en durcissant ; un ciment bien plus visqueux que la moelle remplit avec un front stable et arrondi.',
  'source.genant1993': 'Les grades semi-quantitatifs 0–3 des fractures vertébrales.',
  'source.wang2019':
    'Grades selon la perte de hauteur : < 20 % normal, 20–25 % léger, 25–40 % modéré, > 40 % sévère ; formes cunéiforme, biconcave et par écrasement.',
  'source.panjabi1991':
    'Hauteurs des corps thoraciques (postérieure T1 14,3 → T12 22,7 mm), dimensions du plateau, du pédicule et du canal.',
  'source.panjabi1992':
    'Largeur du plateau supérieur lombaire (L1 41,2 → L5 47,3 mm), largeur et profondeur du canal.',
  'source.zindrick1987':
    'Largeur des pédicules lombaires L1 8,7 → L5 18,0 mm. Lu seulement dans un résumé de seconde main : largeur thoracique T1 7,9, T4 4,5 mm ; hauteur du pédicule T1 9,9, T11 17,4, L1 15,4, L5 14,0 mm (étendue en L5 9,5–19) ; angle transversal lombaire L1 10,9° → L5 29,8°.',
  'source.lien2007':
    'Profil des pédicules T1–L5 : les plus étroits en T4 et les plus larges en L5, les plus hauts en T11–T12 ; l’angle transversal diminue de T1 à T12 et augmente de L1 à L5 ; l’angle sagittal (craniocaudal) est le plus grand en T2 et le plus petit en L5.',
  'source.clinanat2005':
    'Largeur externe du pédicule la plus faible en T5 (5,09 ; étendue 4,10–6,88 mm) et la plus grande en L5 (13,61 ; étendue 10,29–16,20 mm) ; hauteur externe la plus faible en T1 (8,90 ; 7,18–11,37 mm) et la plus grande en T11 (17,02 ; 14,84–19,57 mm).',
  'source.singh2013':
    'Vertèbres lombaires sèches (20 séries) : plus petite largeur de pédicule 7,1 mm en L1 ; hauteur du pédicule la plus grande en L1 (14,6 mm), la plus faible en L4 (13,4 mm) ; angle transversal L1 15,6° → L5 23,7°.',
  'source.clouthier2023':
    'La forme moyenne de L2–L5 (scanner de 87 adultes) à laquelle les modèles lombaires ont été comparés : proportions du corps et de l’arc, pédicules, apophyses transverses et épineuses, facettes (docs/ANATOMY.md).',
  'source.bonczar2024':
    'Largeur des plateaux lombaires et hauteurs antérieure et postérieure du corps, L1–L5.',
  'source.egwu2019': 'Hauteur antérieure des corps thoraciques T2 16,9 → T9 18,8 mm.',
  'source.wang2012': 'Concavité des plateaux : 1,5 mm en crânial, 0,7 mm en caudal.',
}
