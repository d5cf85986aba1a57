import { z } from "zod";
import { FIRST_YEAR, type Period, periodEnd, periodId } from "../period.ts";

/**
 * The name of a file in `data/requests/` (or another section's folder): `YYYY-H1.csv` or `YYYY-H2.csv`.
 * The name is the period, so it must be a real half-year from 2013 on that has
 * already ended on `today`.
 */
export function periodFileNameSchema(today: Date, folder = "requests") {
  return z.string().transform((name, ctx): Period => {
    const match = /^(\d{4})-H(\d)\.csv$/.exec(name);
    if (!match) {
      ctx.addIssue({
        code: "custom",
        message: name.toLowerCase().endsWith(".csv")
          ? "is not a period file name; use YYYY-H1.csv (January–June) or YYYY-H2.csv (July–December)"
          : `is not a CSV file; data/${folder}/ may only hold period files named YYYY-H1.csv or YYYY-H2.csv`,
      });
      return z.NEVER;
    }
    const year = Number(match[1]);
    const half = Number(match[2]);
    if (half !== 1 && half !== 2) {
      ctx.addIssue({ code: "custom", message: `names half-year H${half}, which does not exist; a year has H1 and H2` });
      return z.NEVER;
    }
    const period: Period = { year, half };
    if (year < FIRST_YEAR) {
      ctx.addIssue({ code: "custom", message: `is before ${FIRST_YEAR}-H1, the first period this report covers` });
      return z.NEVER;
    }
    if (periodEnd(period) > today) {
      ctx.addIssue({
        code: "custom",
        message: `is a period that has not ended yet; ${periodId(period)} can be published from ${periodEnd(period).toISOString().slice(0, 10)}`,
      });
      return z.NEVER;
    }
    return period;
  });
}
