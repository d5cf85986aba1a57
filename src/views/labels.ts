// TODO(lead): remove after readers merge. src/charts/trend.ts (owned by the readers branch) still imports
// the outcome labels from here; everything else imports src/registry/outcomes.ts directly.
export { DEFINITION_ANCHORS, OUTCOME_LABELS } from "../registry/outcomes.ts";
