/** Where the build reads its data. `DATA_DIR` lets benchmarks and tests build other data sets. */
export const dataDir: string = process.env["DATA_DIR"] ?? "data";

/**
 * The folder that data file paths in messages and in the PDFs' "Generated from" line are relative to
 * (the working directory unless set). `npm run build` reads a private copy of the data folder
 * (scripts/data-snapshot.ts) laid out so that, relative to this folder, its files keep the names the
 * publisher's own folder gives them: `data/requests/2019-H2.csv`, not a temporary path.
 */
export const dataPathsRoot: string | undefined = process.env["DATA_PATHS_ROOT"];
