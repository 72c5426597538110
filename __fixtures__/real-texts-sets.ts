/**
 * Every set of real texts, in the order it was collected
 * (docs/real-texts.md): a development set's hygiene is checked against
 * every set before it, the sealed and blind ones included (the hygiene
 * helper compares without printing them).
 */
import { REAL_TEXTS, type RealText, type RealTextFamily } from './real-texts.js'
import { REAL_TEXTS_FRESH } from './real-texts-fresh.js'
import { REAL_TEXTS_UNSEEN } from './real-texts-unseen.js'
import { REAL_TEXTS_SEALED } from './real-texts-sealed.js'
import { REAL_TEXTS_BLIND } from './real-texts-blind.js'
import { REAL_TEXTS_DEV2 } from './real-texts-dev2.js'
import { REAL_TEXTS_DEV3 } from './real-texts-dev3.js'
import { REAL_TEXTS_DEV4 } from './real-texts-dev4.js'
import { REAL_TEXTS_DEV5 } from './real-texts-dev5.js'
import { REAL_TEXTS_DEV6 } from './real-texts-dev6.js'
import { REAL_TEXTS_DEV7 } from './real-texts-dev7.js'
import { REAL_TEXTS_DEV8 } from './real-texts-dev8.js'
import { REAL_TEXTS_DEV9 } from './real-texts-dev9.js'
import { REAL_TEXTS_DEV10 } from './real-texts-dev10.js'
import { REAL_TEXTS_DEV11 } from './real-texts-dev11.js'
import { REAL_TEXTS_DEV12 } from './real-texts-dev12.js'
import { REAL_TEXTS_DEV13 } from './real-texts-dev13.js'
import { REAL_TEXTS_DEV14 } from './real-texts-dev14.js'
import { REAL_TEXTS_DEV15 } from './real-texts-dev15.js'
import { REAL_TEXTS_DEV16 } from './real-texts-dev16.js'
import { REAL_TEXTS_DEV17 } from './real-texts-dev17.js'
import { REAL_TEXTS_DEV18 } from './real-texts-dev18.js'
import { REAL_TEXTS_DEV19 } from './real-texts-dev19.js'
import { REAL_TEXTS_DEV20 } from './real-texts-dev20.js'
import { REAL_TEXTS_DEV21 } from './real-texts-dev21.js'
import { REAL_TEXTS_DEV22 } from './real-texts-dev22.js'
import { REAL_TEXTS_DEV23 } from './real-texts-dev23.js'
import { REAL_TEXTS_DEV24 } from './real-texts-dev24.js'
import { REAL_TEXTS_DEV25 } from './real-texts-dev25.js'
import { REAL_TEXTS_DEV26 } from './real-texts-dev26.js'
import { REAL_TEXTS_DEV27 } from './real-texts-dev27.js'
import { REAL_TEXTS_DEV28 } from './real-texts-dev28.js'
import { REAL_TEXTS_DEV29 } from './real-texts-dev29.js'
import { REAL_TEXTS_DEV30 } from './real-texts-dev30.js'
import { REAL_TEXTS_DEV31 } from './real-texts-dev31.js'
import { REAL_TEXTS_DEV32 } from './real-texts-dev32.js'
import { REAL_TEXTS_DEV33 } from './real-texts-dev33.js'
import { REAL_TEXTS_DEV34 } from './real-texts-dev34.js'
import { REAL_TEXTS_DEV35 } from './real-texts-dev35.js'
import { REAL_TEXTS_DEV36 } from './real-texts-dev36.js'
import { REAL_TEXTS_DEV37 } from './real-texts-dev37.js'
import { REAL_TEXTS_DEV38 } from './real-texts-dev38.js'
import { REAL_TEXTS_DEV39 } from './real-texts-dev39.js'
import { REAL_TEXTS_DEV40 } from './real-texts-dev40.js'
import { REAL_TEXTS_DEV41 } from './real-texts-dev41.js'
import { REAL_TEXTS_DEV42 } from './real-texts-dev42.js'
import { REAL_TEXTS_DEV43 } from './real-texts-dev43.js'
import { REAL_TEXTS_DEV44 } from './real-texts-dev44.js'
import { REAL_TEXTS_DEV45 } from './real-texts-dev45.js'
import { REAL_TEXTS_DEV46 } from './real-texts-dev46.js'
import { REAL_TEXTS_DEV47 } from './real-texts-dev47.js'
import { REAL_TEXTS_DEV48 } from './real-texts-dev48.js'
import { REAL_TEXTS_DEV49 } from './real-texts-dev49.js'
import { REAL_TEXTS_DEV50 } from './real-texts-dev50.js'
import { REAL_TEXTS_DEV51 } from './real-texts-dev51.js'
import { REAL_TEXTS_DEV52 } from './real-texts-dev52.js'
import { REAL_TEXTS_DEV53 } from './real-texts-dev53.js'
import { REAL_TEXTS_DEV54 } from './real-texts-dev54.js'
import { REAL_TEXTS_DEV55 } from './real-texts-dev55.js'
import { REAL_TEXTS_DEV56 } from './real-texts-dev56.js'
import { REAL_TEXTS_DEV57 } from './real-texts-dev57.js'
import { REAL_TEXTS_DEV58 } from './real-texts-dev58.js'
import { REAL_TEXTS_DEV59 } from './real-texts-dev59.js'
import { REAL_TEXTS_DEV60 } from './real-texts-dev60.js'
import { REAL_TEXTS_DEV61 } from './real-texts-dev61.js'
import { REAL_TEXTS_DEV62 } from './real-texts-dev62.js'
import { REAL_TEXTS_DEV63 } from './real-texts-dev63.js'
import { REAL_TEXTS_DEV64 } from './real-texts-dev64.js'
import { REAL_TEXTS_DEV65 } from './real-texts-dev65.js'
import { REAL_TEXTS_DEV66 } from './real-texts-dev66.js'
import { REAL_TEXTS_DEV67 } from './real-texts-dev67.js'
import { REAL_TEXTS_DEV68 } from './real-texts-dev68.js'
import { REAL_TEXTS_DEV69 } from './real-texts-dev69.js'
import { REAL_TEXTS_DEV70 } from './real-texts-dev70.js'
import { REAL_TEXTS_DEV71 } from './real-texts-dev71.js'
import { REAL_TEXTS_DEV72 } from './real-texts-dev72.js'
import { REAL_TEXTS_DEV73 } from './real-texts-dev73.js'
import { REAL_TEXTS_DEV74 } from './real-texts-dev74.js'
import { REAL_TEXTS_DEV75 } from './real-texts-dev75.js'
import { REAL_TEXTS_DEV76 } from './real-texts-dev76.js'
import { REAL_TEXTS_DEV77 } from './real-texts-dev77.js'
import { REAL_TEXTS_DEV78 } from './real-texts-dev78.js'
import { REAL_TEXTS_DEV79 } from './real-texts-dev79.js'
import { REAL_TEXTS_DEV80 } from './real-texts-dev80.js'
import { REAL_TEXTS_LATE } from './real-texts-late.js'
import { REAL_TEXTS_DEV110 } from './real-texts-dev110.js'
import { REAL_TEXTS_DEV111 } from './real-texts-dev111.js'
import { REAL_TEXTS_DEV112 } from './real-texts-dev112.js'
import { REAL_TEXTS_DEV113 } from './real-texts-dev113.js'
import { REAL_TEXTS_DEV114 } from './real-texts-dev114.js'
import { REAL_TEXTS_DEV115 } from './real-texts-dev115.js'
import { REAL_TEXTS_DEV116 } from './real-texts-dev116.js'
import { REAL_TEXTS_DEV117 } from './real-texts-dev117.js'
import { REAL_TEXTS_DEV118 } from './real-texts-dev118.js'
import { REAL_TEXTS_DEV119 } from './real-texts-dev119.js'
import { REAL_TEXTS_DEV120 } from './real-texts-dev120.js'
import { REAL_TEXTS_DEV121 } from './real-texts-dev121.js'
import { REAL_TEXTS_DEV122 } from './real-texts-dev122.js'
import { REAL_TEXTS_DEV109 } from './real-texts-dev109.js'
import { REAL_TEXTS_DEV108 } from './real-texts-dev108.js'
import { REAL_TEXTS_DEV107 } from './real-texts-dev107.js'
import { REAL_TEXTS_DEV106 } from './real-texts-dev106.js'
import { REAL_TEXTS_DEV105 } from './real-texts-dev105.js'
import { REAL_TEXTS_DEV104 } from './real-texts-dev104.js'
import { REAL_TEXTS_LATE2 } from './real-texts-late2.js'
import { REAL_TEXTS_DEV103 } from './real-texts-dev103.js'
import { REAL_TEXTS_DEV102 } from './real-texts-dev102.js'
import { REAL_TEXTS_DEV101 } from './real-texts-dev101.js'
import { REAL_TEXTS_DEV100 } from './real-texts-dev100.js'
import { REAL_TEXTS_DEV99 } from './real-texts-dev99.js'
import { REAL_TEXTS_DEV98 } from './real-texts-dev98.js'
import { REAL_TEXTS_DEV97 } from './real-texts-dev97.js'
import { REAL_TEXTS_DEV96 } from './real-texts-dev96.js'
import { REAL_TEXTS_DEV95 } from './real-texts-dev95.js'
import { REAL_TEXTS_DEV94 } from './real-texts-dev94.js'
import { REAL_TEXTS_DEV93 } from './real-texts-dev93.js'
import { REAL_TEXTS_DEV92 } from './real-texts-dev92.js'
import { REAL_TEXTS_DEV91 } from './real-texts-dev91.js'
import { REAL_TEXTS_DEV90 } from './real-texts-dev90.js'
import { REAL_TEXTS_DEV89 } from './real-texts-dev89.js'
import { REAL_TEXTS_DEV88 } from './real-texts-dev88.js'
import { REAL_TEXTS_DEV87 } from './real-texts-dev87.js'
import { REAL_TEXTS_DEV86 } from './real-texts-dev86.js'
import { REAL_TEXTS_DEV85 } from './real-texts-dev85.js'
import { REAL_TEXTS_DEV84 } from './real-texts-dev84.js'
import { REAL_TEXTS_DEV83 } from './real-texts-dev83.js'
import { REAL_TEXTS_DEV82 } from './real-texts-dev82.js'
import { REAL_TEXTS_DEV81 } from './real-texts-dev81.js'

/**
 * Every set as `[name, texts]`, in the order collected; a development set
 * also has its row in real-texts-dev-sets.ts (its test checks the two agree).
 */
export const SETS = [
  ['first', REAL_TEXTS],
  ['fresh', REAL_TEXTS_FRESH],
  ['unseen', REAL_TEXTS_UNSEEN],
  ['sealed', REAL_TEXTS_SEALED],
  ['blind', REAL_TEXTS_BLIND],
  ['dev2', REAL_TEXTS_DEV2],
  ['dev3', REAL_TEXTS_DEV3],
  ['dev4', REAL_TEXTS_DEV4],
  ['dev5', REAL_TEXTS_DEV5],
  ['dev6', REAL_TEXTS_DEV6],
  ['dev7', REAL_TEXTS_DEV7],
  ['dev8', REAL_TEXTS_DEV8],
  ['dev9', REAL_TEXTS_DEV9],
  ['dev10', REAL_TEXTS_DEV10],
  ['dev11', REAL_TEXTS_DEV11],
  ['dev12', REAL_TEXTS_DEV12],
  ['dev13', REAL_TEXTS_DEV13],
  ['dev14', REAL_TEXTS_DEV14],
  ['dev15', REAL_TEXTS_DEV15],
  ['dev16', REAL_TEXTS_DEV16],
  ['dev17', REAL_TEXTS_DEV17],
  ['dev18', REAL_TEXTS_DEV18],
  ['dev19', REAL_TEXTS_DEV19],
  ['dev20', REAL_TEXTS_DEV20],
  ['dev21', REAL_TEXTS_DEV21],
  ['dev22', REAL_TEXTS_DEV22],
  ['dev23', REAL_TEXTS_DEV23],
  ['dev24', REAL_TEXTS_DEV24],
  ['dev25', REAL_TEXTS_DEV25],
  ['dev26', REAL_TEXTS_DEV26],
  ['dev27', REAL_TEXTS_DEV27],
  ['dev28', REAL_TEXTS_DEV28],
  ['dev29', REAL_TEXTS_DEV29],
  ['dev30', REAL_TEXTS_DEV30],
  ['dev31', REAL_TEXTS_DEV31],
  ['dev32', REAL_TEXTS_DEV32],
  ['dev33', REAL_TEXTS_DEV33],
  ['dev34', REAL_TEXTS_DEV34],
  ['dev35', REAL_TEXTS_DEV35],
  ['dev36', REAL_TEXTS_DEV36],
  ['dev37', REAL_TEXTS_DEV37],
  ['dev38', REAL_TEXTS_DEV38],
  ['dev39', REAL_TEXTS_DEV39],
  ['dev40', REAL_TEXTS_DEV40],
  ['dev41', REAL_TEXTS_DEV41],
  ['dev42', REAL_TEXTS_DEV42],
  ['dev43', REAL_TEXTS_DEV43],
  ['dev44', REAL_TEXTS_DEV44],
  ['dev45', REAL_TEXTS_DEV45],
  ['dev46', REAL_TEXTS_DEV46],
  ['dev47', REAL_TEXTS_DEV47],
  ['dev48', REAL_TEXTS_DEV48],
  ['dev49', REAL_TEXTS_DEV49],
  ['dev50', REAL_TEXTS_DEV50],
  ['dev51', REAL_TEXTS_DEV51],
  ['dev52', REAL_TEXTS_DEV52],
  ['dev53', REAL_TEXTS_DEV53],
  ['dev54', REAL_TEXTS_DEV54],
  ['dev55', REAL_TEXTS_DEV55],
  ['dev56', REAL_TEXTS_DEV56],
  ['dev57', REAL_TEXTS_DEV57],
  ['dev58', REAL_TEXTS_DEV58],
  ['dev59', REAL_TEXTS_DEV59],
  ['dev60', REAL_TEXTS_DEV60],
  ['dev61', REAL_TEXTS_DEV61],
  ['dev62', REAL_TEXTS_DEV62],
  ['dev63', REAL_TEXTS_DEV63],
  ['dev64', REAL_TEXTS_DEV64],
  ['dev65', REAL_TEXTS_DEV65],
  ['dev66', REAL_TEXTS_DEV66],
  ['dev67', REAL_TEXTS_DEV67],
  ['dev68', REAL_TEXTS_DEV68],
  ['dev69', REAL_TEXTS_DEV69],
  ['dev70', REAL_TEXTS_DEV70],
  ['dev71', REAL_TEXTS_DEV71],
  ['dev72', REAL_TEXTS_DEV72],
  ['dev73', REAL_TEXTS_DEV73],
  ['dev74', REAL_TEXTS_DEV74],
  ['dev75', REAL_TEXTS_DEV75],
  ['dev76', REAL_TEXTS_DEV76],
  ['dev77', REAL_TEXTS_DEV77],
  ['dev78', REAL_TEXTS_DEV78],
  ['dev79', REAL_TEXTS_DEV79],
  ['dev80', REAL_TEXTS_DEV80],
  ['late', REAL_TEXTS_LATE],
  ['dev81', REAL_TEXTS_DEV81],
  ['dev82', REAL_TEXTS_DEV82],
  ['dev83', REAL_TEXTS_DEV83],
  ['dev84', REAL_TEXTS_DEV84],
  ['dev85', REAL_TEXTS_DEV85],
  ['dev86', REAL_TEXTS_DEV86],
  ['dev87', REAL_TEXTS_DEV87],
  ['dev88', REAL_TEXTS_DEV88],
  ['dev89', REAL_TEXTS_DEV89],
  ['dev90', REAL_TEXTS_DEV90],
  ['dev91', REAL_TEXTS_DEV91],
  ['dev92', REAL_TEXTS_DEV92],
  ['dev93', REAL_TEXTS_DEV93],
  ['dev94', REAL_TEXTS_DEV94],
  ['dev95', REAL_TEXTS_DEV95],
  ['dev96', REAL_TEXTS_DEV96],
  ['dev97', REAL_TEXTS_DEV97],
  ['dev98', REAL_TEXTS_DEV98],
  ['dev99', REAL_TEXTS_DEV99],
  ['dev100', REAL_TEXTS_DEV100],
  ['dev101', REAL_TEXTS_DEV101],
  ['dev102', REAL_TEXTS_DEV102],
  ['dev103', REAL_TEXTS_DEV103],
  ['dev104', REAL_TEXTS_DEV104],
  ['late2', REAL_TEXTS_LATE2],
  ['dev105', REAL_TEXTS_DEV105],
  ['dev106', REAL_TEXTS_DEV106],
  ['dev107', REAL_TEXTS_DEV107],
  ['dev108', REAL_TEXTS_DEV108],
  ['dev109', REAL_TEXTS_DEV109],
  ['dev110', REAL_TEXTS_DEV110],
  ['dev111', REAL_TEXTS_DEV111],
  ['dev112', REAL_TEXTS_DEV112],
  ['dev113', REAL_TEXTS_DEV113],
  ['dev114', REAL_TEXTS_DEV114],
  ['dev115', REAL_TEXTS_DEV115],
  ['dev116', REAL_TEXTS_DEV116],
  ['dev117', REAL_TEXTS_DEV117],
  ['dev118', REAL_TEXTS_DEV118],
  ['dev119', REAL_TEXTS_DEV119],
  ['dev120', REAL_TEXTS_DEV120],
  ['dev121', REAL_TEXTS_DEV121],
  ['dev122', REAL_TEXTS_DEV122]
] as const satisfies readonly (readonly [string, readonly RealText[]])[]

/** A set's name, as its test and docs/real-texts.md call it. */
export type RealTextSetName = (typeof SETS)[number][0]

/** Every text of the sets collected before `name`. */
export function textsBefore(name: RealTextSetName): RealText[] {
  const at = SETS.findIndex(([set]) => set === name)
  return SETS.slice(0, at).flatMap(([, texts]) => texts)
}

/**
 * The fewest texts per family a development set's brief asks of its
 * collector; a set that reached less says so in its test and in
 * docs/real-texts.md.
 */
export const BRIEF_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 7,
  gitlab: 6,
  quay: 4,
  harbor: 5,
  ecr: 7,
  gar: 6,
  acr: 6,
  generic: 5,
  'docker-hub': 7,
  'not-login': 7
}
