// The described site draws its period maps from the same outline file as the fixed layout, at the same address.
export { GET } from "../../../pages/data/world-map.svg.ts";
