import { z } from "zod";
import { pastDayCell, periodCell } from "./day.ts";

/** The columns of `data/releases.csv`, in the order the sample file uses. */
export const RELEASE_COLUMNS = ["period", "published"] as const;

/** One row of `data/releases.csv`: the day a period's figures were first published. */
export function releaseRowSchema(today: Date) {
  return z.object({ period: periodCell, published: pastDayCell(today) });
}
