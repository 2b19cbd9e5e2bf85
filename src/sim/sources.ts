/**
 * The bibliography: every study a figure in the model, the docs or the app comes from. The app's
 * sources panel shows this list, and `docs/SOURCES.md` is generated from it (`npm run sources`;
 * a test fails when the two differ). Cite a source in code and text by its `short` name
 * ("Zhan 2017"); where the authors or title were not confirmed, the entry says only what is known.
 */

export interface Source {
  /** Stable key, e.g. `zhan2017`. */
  id: string
  /** How the text cites it: "Zhan 2017", "FREE trial (Wardlaw 2009)". */
  short: string
  /** Full reference: authors, year, title, journal, volume:pages. */
  reference: string
  /** What the project takes from it. */
  uses: string
  /** H: meta-analysis or randomised trial; M: single study; L: secondary or partly read source. */
  confidence: 'H' | 'M' | 'L'
}

export const SOURCES: readonly Source[] = [
  // Cement leakage, risk factors and routes
  { id: 'hulme2006', short: 'Hulme 2006', confidence: 'H', reference: 'Hulme PA, Krebs J, Ferguson SJ, Berlemann U. Vertebroplasty and kyphoplasty: a systematic review of 69 clinical studies. Spine 2006;31(17):1983–2001.', uses: 'Cement leakage seen on radiographs in 41 % of vertebroplasty and 9 % of kyphoplasty levels; pain relieved in 87 % (VP) and 92 % (BKP) of patients.' },
  { id: 'zhan2017', short: 'Zhan 2017', confidence: 'H', reference: 'Zhan Y, Jiang J, Liao H, Tan H, Yang K. Risk factors for cement leakage after vertebroplasty or kyphoplasty: a meta-analysis of published evidence. World Neurosurg 2017;101:633–642.', uses: 'Leakage 54.7 % (VP) and 18.4 % (BKP) of 4,187 vertebrae; odds ratios for cortical disruption (5.56), low-viscosity cement (3.32) and intravertebral cleft (1.40); leaking levels received 0.59 mL more cement; age, sex, level and approach not significant.' },
  { id: 'josr2018', short: 'J Orthop Surg Res 2018', confidence: 'H', reference: 'Meta-analysis of 16 studies comparing kyphoplasty with vertebroplasty. J Orthop Surg Res 2018.', uses: 'Cement leakage after kyphoplasty: relative risk 0.62 (0.47–0.80) against vertebroplasty.' },
  { id: 'yeom2003', short: 'Yeom 2003', confidence: 'M', reference: 'Yeom JS, Kim WJ, Choy WS, Lee CK, Chang BS, Kang JW. Leakage of cement in percutaneous transpedicular vertebroplasty for painful osteoporotic compression fractures. J Bone Joint Surg Br 2003;85(1):83–89.', uses: 'Leak routes: basivertebral vein (B), segmental vein (S), cortical defect (C); CT found 1.5× as many leaks as plain radiographs, which missed most venous leaks.' },
  { id: 'josr2019', short: 'J Orthop Surg Res 2019', confidence: 'M', reference: 'Series of 3,175 patients treated by vertebral augmentation. J Orthop Surg Res 2019.', uses: 'Leaks into the spinal canal in 0.7 % of patients: symptomatic leaks are rare.' },
  { id: 'josr2021', short: 'J Orthop Surg Res 2021', confidence: 'M', reference: 'Study of risk factors for segmental-vein cement leakage. J Orthop Surg Res 2021.', uses: 'Posterior wall involvement and fracture severity predict segmental-vein leaks.' },
  { id: 'bmc2020', short: 'BMC Musculoskelet Disord 2020', confidence: 'M', reference: 'Study of risk factors for intradiscal cement leakage. BMC Musculoskelet Disord 2020.', uses: 'Endplate break, compression ratio and delayed surgery predict leaks into the disc.' },
  // Height, kyphosis, pain, new fractures
  { id: 'papanastassiou2012', short: 'Papanastassiou 2012', confidence: 'H', reference: 'Papanastassiou ID, Phillips FM, Van Meirhaeghe J, et al. Comparing effects of kyphoplasty, vertebroplasty, and non-surgical management in a systematic review of randomized and non-randomized controlled studies. Eur Spine J 2012;21(9):1826–1843.', uses: 'Kyphotic angle reduced 4.8° (BKP) vs 1.7° (VP); pain (VAS 0–10) −5.07 BKP, −4.55 VP, −2.17 non-surgical; new fractures 11 % / 11 % / 22 %.' },
  { id: 'xing2013', short: 'Xing 2013', confidence: 'H', reference: 'Xing D, Ma JX, Ma XL, et al. A meta-analysis of balloon kyphoplasty compared to percutaneous vertebroplasty for treating osteoporotic vertebral compression fractures. J Clin Neurosci 2013;20(6):795–803.', uses: 'Kyphoplasty against vertebroplasty: kyphotic angle 2.64° more reduced, anterior height 3.67 mm more restored.' },
  { id: 'beall2018', short: 'Beall 2018', confidence: 'H', reference: 'Beall D, Lorio MP, Yun BM, et al. Review of vertebral augmentation: an updated meta-analysis of the effectiveness. Int J Spine Surg 2018;12(3):295–321.', uses: 'Pain (VAS) −4.05 BKP, −3.88 VP, −2.66 non-surgical.' },
  { id: 'crandall2004', short: 'Crandall 2004', confidence: 'H', reference: 'Crandall D, Slaughter D, Hankins PJ, Moore C, Jerman J. Acute versus chronic vertebral compression fractures treated with kyphoplasty: early results. Spine J 2004;4(4):418–424.', uses: 'Kyphoplasty restored acute fractures (< 10 weeks) from 58 % to 86 % of normal height, chronic ones (> 4 months) from 56 % to 79 %.' },
  { id: 'wardlaw2009', short: 'FREE trial (Wardlaw 2009)', confidence: 'H', reference: 'Wardlaw D, Cummings SR, Van Meirhaeghe J, et al. Efficacy and safety of balloon kyphoplasty compared with non-surgical care for vertebral compression fracture (FREE): a randomised controlled trial. Lancet 2009;373(9668):1016–1024.', uses: 'Kyphoplasty against non-surgical care: SF-36 physical score +7.2 vs +2.0 at one month; about 2.4 mL of cement per side.' },
  { id: 'klazen2010', short: 'VERTOS II (Klazen 2010)', confidence: 'H', reference: 'Klazen CA, Lohle PN, de Vries J, et al. Vertebroplasty versus conservative treatment in acute osteoporotic vertebral compression fractures (Vertos II): an open-label randomised trial. Lancet 2010;376(9746):1085–1092.', uses: 'In acute fractures (≤ 6 weeks) vertebroplasty relieved pain more than conservative care.' },
  { id: 'kallmes2009', short: 'INVEST (Kallmes 2009)', confidence: 'H', reference: 'Kallmes DF, Comstock BA, Heagerty PJ, et al. A randomized trial of vertebroplasty for osteoporotic spinal fractures. N Engl J Med 2009;361(6):569–579.', uses: 'Vertebroplasty against a sham procedure: no significant difference at one month.' },
  { id: 'dohm2014', short: 'KAVIAR (Dohm 2014)', confidence: 'H', reference: 'Dohm M, Black CM, Dacre A, Tillman JB, Fueredi G. A randomized trial comparing balloon kyphoplasty and vertebroplasty for vertebral compression fractures due to osteoporosis. AJNR Am J Neuroradiol 2014;35(12):2227–2236.', uses: 'Similar pain relief after kyphoplasty and vertebroplasty; procedure 40.0 vs 31.8 min.' },
  { id: 'neurosurgery2006', short: 'Neurosurgery 2006', confidence: 'M', reference: 'Study of postural reduction before vertebroplasty. Neurosurgery 2006;58(4):695.', uses: 'Positioning alone raised the compression ratio from 0.60 to 0.75, less in older fractures.' },
  // Procedure
  { id: 'kaur2016', short: 'Kaur 2016', confidence: 'M', reference: 'Kaur K, et al. Computed tomographic-based morphometric study of thoracic spine and its relevance to anaesthetic and spinal surgical procedures. J Clin Orthop Trauma 2016;7(2):101–108.', uses: 'Thoracic pedicle width (T1 9.3, T4 4.5, T12 8.3 mm) and transverse angle (T1 35.4° → T12 −9.8°).' },
  { id: 'belkoff2003', short: 'Belkoff 2003', confidence: 'M', reference: 'Belkoff SM, Molloy S. Temperature measurement during polymerization of polymethylmethacrylate cement used for vertebroplasty. Spine 2003;28(14):1555–1559.', uses: 'PMMA peaks at 49–112 °C in the centre and 39–57 °C at the canal wall.' },
  { id: 'krebs2005', short: 'Krebs 2005', confidence: 'H', reference: 'Krebs J, Ferguson SJ, Bohner M, et al. Clinical measurements of cement injection pressure during vertebroplasty. Spine 2005;30(5):E118–E122 (PMID 15738774).', uses: 'Syringe pressure peaks at 1.69 ± 0.65 MPa (maximum 3.2 MPa) and rises as the cement cures.' },
  // Cement flow in bone
  { id: 'baroud2004', short: 'Baroud 2004', confidence: 'M', reference: 'Baroud G, Falk R, Crookshank M, Sponagel S, Steffen T. Experimental and theoretical investigation of directional permeability of human vertebral cancellous bone for cement infiltration. J Biomech 2004;37(2):189–196.', uses: 'Permeability of osteoporotic bone: superior–inferior 4.45 ± 1.72, anterior–posterior 3.44 ± 1.26 ×10⁻⁸ m²; it falls to about 63 % within 18 s of cement entering.' },
  { id: 'widmer2013', short: 'Widmer & Ferguson 2013', confidence: 'H', reference: 'Widmer Soyka RP, Ferguson SJ. Comput Methods Biomech Biomed Engin 2013;16(8):908–922 (permeability of vertebral trabecular bone).', uses: 'Porosity and anisotropy (or trabecular spacing) predict permeability, R² 0.89–0.97.' },
  { id: 'biorheology2011', short: 'Biorheology 2011', confidence: 'M', reference: 'Study of bone marrow viscosity. Biorheology 2011;48:89.', uses: 'Marrow viscosity 44–142 mPa·s.' },
  { id: 'josr2015', short: 'J Orthop Surg Res 2015', confidence: 'M', reference: 'Cadaver study of intravertebral pressure during cement augmentation. J Orthop Surg Res 2015;10:20.', uses: 'Pressure inside the body 5.09 kPa without a cavity, 1.20 kPa with one.' },
  { id: 'silva1994', short: 'Silva 1994', confidence: 'M', reference: 'Silva MJ, Wang C, Keaveny TM, Hayes WC. Direct and computed tomography thickness measurements of the human, lumbar vertebral shell and endplate. Bone 1994;15(4):409–414.', uses: 'The cortical shell is about 0.35 mm thick, and porous.' },
  { id: 'trivedi2023', short: 'Trivedi 2023', confidence: 'M', reference: 'Trivedi Z, et al. Biomech Model Mechanobiol 2023;22:1253 (cement rheology and flow in trabecular bone).', uses: 'Cement is shear-thinning and thickens in phases as it cures; a cement far more viscous than marrow fills with a stable, rounded front.' },
  // Fracture grading and morphometry
  { id: 'genant1993', short: 'Genant 1993', confidence: 'H', reference: 'Genant HK, Wu CY, van Kuijk C, Nevitt MC. Vertebral fracture assessment using a semiquantitative technique. J Bone Miner Res 1993;8(9):1137–1148.', uses: 'The semi-quantitative grades 0–3 of vertebral fractures.' },
  { id: 'wang2019', short: 'Wáng 2019', confidence: 'M', reference: 'Wáng YXJ, et al. Quant Imaging Med Surg 2019 (Genant semi-quantitative grading of osteoporotic vertebral fractures).', uses: 'Grade bands by height loss: < 20 % normal, 20–25 % mild, 25–40 % moderate, > 40 % severe; wedge, biconcave and crush shapes.' },
  { id: 'panjabi1991', short: 'Panjabi 1991', confidence: 'M', reference: 'Panjabi MM, Takata K, Goel V, et al. Thoracic human vertebrae: quantitative three-dimensional anatomy. Spine 1991;16(8):888–901.', uses: 'Thoracic body heights (posterior T1 14.3 → T12 22.7 mm), endplate, pedicle and canal dimensions.' },
  { id: 'panjabi1992', short: 'Panjabi 1992', confidence: 'M', reference: 'Panjabi MM, Goel V, Oxland T, et al. Human lumbar vertebrae: quantitative three-dimensional anatomy. Spine 1992;17(3):299–306.', uses: 'Lumbar upper endplate width (L1 41.2 → L5 47.3 mm) and canal width and depth.' },
  { id: 'zindrick1987', short: 'Zindrick 1987', confidence: 'M', reference: 'Zindrick MR, Wiltse LL, Doornik A, et al. Analysis of the morphometric characteristics of the thoracic and lumbar pedicles. Spine 1987;12(2):160–166.', uses: 'Lumbar pedicle width L1 8.7 → L5 18.0 mm.' },
  { id: 'bonczar2024', short: 'Bonczar 2024', confidence: 'H', reference: 'Bonczar M, et al. Meta-analysis of lumbar vertebral body morphometry, 2024.', uses: 'Lumbar endplate width and anterior and posterior body heights, L1–L5.' },
  { id: 'egwu2019', short: 'Egwu 2019', confidence: 'M', reference: 'Egwu OA, et al. Morphometry of thoracic vertebral bodies, 2019.', uses: 'Thoracic anterior body height T2 16.9 → T9 18.8 mm.' },
  { id: 'wang2012', short: 'Wang 2012', confidence: 'M', reference: 'Wang Y, Battié MC, Videman T. A morphological study of lumbar vertebral endplates: radiographic, visual and digital measurements. Eur Spine J 2012;21(11):2316–2323.', uses: 'Endplate concavity: 1.5 mm cranial, 0.7 mm caudal.' },
] // biome-ignore format: one source per line reads as a list

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]))

/** The source with this id; throws on an unknown id (a programmer error, caught by the tests). */
export function source(id: string): Source {
  const found = BY_ID.get(id)
  if (!found) throw new Error(`sources: expected one of ${[...BY_ID.keys()].join(', ')}, got "${id}"`)
  return found
}
