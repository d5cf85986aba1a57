/**
 * The countries the map can draw: those with an outline in Natural Earth 1:110m (world-atlas countries-110m),
 * and the smaller ones (Singapore, Malta, Hong Kong …) that have none at that scale, drawn as a dot placed from
 * 1:50m (src/charts/map-geometry.ts). The map draws only these, so it never points at a shape that is not
 * there; the table beside the map lists every country. tests/unit/charts/map-codes.test.ts keeps this list equal
 * to the geometry.
 */
export const MAP_CODES: ReadonlySet<string> = new Set(
  "AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CK CL CM CN CO CR CU CV CW CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GG GH GL GM GN GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SH SI SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TL TM TN TO TR TT TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE ZA ZM ZW".split(
    " ",
  ),
);
