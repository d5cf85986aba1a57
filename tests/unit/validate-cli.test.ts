import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function validate(dir: string) {
  // The project's Node 24 (from the node devDependency), whatever Node runs vitest.
  const result = spawnSync("node_modules/.bin/node", ["scripts/validate.ts", "--data", dir], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run validate", () => {
  it("lists every error of every file with a count, and exits 1", () => {
    const { status, stdout, stderr } = validate("tests/fixtures/data/cli-bad");
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatchSnapshot();
  });

  it("prints a one-line summary and exits 0 for good data", () => {
    const { status, stdout } = validate("tests/fixtures/data/cli-good");
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(
      "✓ tests/fixtures/data/cli-good is valid: 3 periods (2020-H2 to 2021-H2), 6 countries, 9 rows.",
    );
  });
});
