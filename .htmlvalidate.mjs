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
    "prefer-native-element": ["error", { exclude: ["list", "listitem"] }],
  },
};
