/** Where the build reads its data. `DATA_DIR` lets benchmarks and tests build other data sets. */
export const dataDir: string = process.env["DATA_DIR"] ?? "data";
