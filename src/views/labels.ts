import type { Outcome } from "../data/aggregate.ts";

/** Reader-facing names of the four outcomes, in the order they are always shown. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  content: "Content disclosed",
  nonContent: "Only non-content data disclosed",
  noData: "No data found",
  rejected: "Rejected",
};

/** Anchors on the definitions page, so every legend and figure can link to its meaning. */
export const DEFINITION_ANCHORS: Record<Outcome | "requests" | "accounts", string> = {
  requests: "requests",
  accounts: "accounts",
  content: "content",
  nonContent: "non-content",
  noData: "no-data",
  rejected: "rejected",
};
