/** The part of the `datapackage` package (frictionless-js) the tests use; it ships no types of its own. */
declare module "datapackage" {
  /** Validates a Data Package descriptor against the profile it names, from the profiles the package ships. */
  export function validate(descriptor: unknown): Promise<{ valid: boolean; errors: Error[] }>;
}
