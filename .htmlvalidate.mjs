// html-validate over every built page (`npm run test:dist`). Only rules that conflict with this site's output are relaxed.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Titles lead with the page's subject, then the report and the publisher. The 70-character limit is a
    // search-snippet heuristic, not a validity or accessibility rule, and dropping the publisher would make
    // tabs and bookmarks ambiguous.
    "long-title": "off",
    // Charts give SVG groups role="list"/"listitem" so screen readers can step through the marks. SVG has no
    // native list element to use instead; HTML lists are still held to the rule by every other check.
    // A wide table's scrolling box is a focusable, labelled role="region", so keyboard users can scroll it and
    // hear what it holds; it is not a section of the document's outline, which a <section> would claim to be.
    "prefer-native-element": ["error", { exclude: ["list", "listitem", "region"] }],
    // An <svg> root has the implicit graphics-document role, which takes a name (SVG-AAM), so charts name it with
    // aria-label and no explicit role. html-validate's element data does not know that role; axe, which does,
    // checks the same markup in the browser tests. Every other element is still held to the rule.
    "aria-label-misuse": ["error", { elements: { exclude: ["svg"] } }],
  },
};
