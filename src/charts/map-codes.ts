/**
 * The countries that have an outline in Natural Earth 1:110m (world-atlas countries-110m).
 * Smaller ones (Singapore, Malta, Hong Kong …) have none at that scale. The map draws only
 * these, so it never points at an outline that is not there; the table beside the map lists
 * every country. tests/unit/charts/map-codes.test.ts keeps this list equal to the atlas.
 */
export const MAP_CODES: ReadonlySet<string> = new Set(
  "AE AF AL AM AO AR AT AU AZ BA BD BE BF BG BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CY CZ DE DJ DK DO DZ EC EE EG EH ER ES ET FI FJ FK FR GA GB GE GH GL GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KP KR KW KZ LA LB LK LR LS LT LU LV LY MA MD ME MG MK ML MM MN MR MW MX MY MZ NA NC NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PR PS PT PY QA RO RS RU RW SA SB SD SE SI SK SL SN SO SR SS SV SY SZ TD TF TG TH TJ TL TM TN TR TT TW TZ UA UG US UY UZ VE VN VU XK YE ZA ZM ZW".split(
    " ",
  ),
);
