import type { PeriodData } from "../data/dataset.ts";
import { periodSlug } from "../data/period.ts";
import { getCountryPages, getDataset } from "./report.ts";

/** One route per period, for the period page and its JSON, so both always cover the same periods. */
export async function periodPaths(): Promise<{ params: { period: string }; props: { data: PeriodData } }[]> {
  const dataset = await getDataset();
  return dataset.periods.map((data) => ({ params: { period: periodSlug(data.period) }, props: { data } }));
}

/** One route per country that appears in any period, for the country page and its JSON. */
export async function countryPaths(): Promise<{ params: { code: string }; props: { code: string; name: string } }[]> {
  return (await getCountryPages()).map((c) => ({
    params: { code: c.code.toLowerCase() },
    props: { code: c.code, name: c.name },
  }));
}
