import { OUTCOME_LABELS } from "../../registry/outcomes.ts";

/** The definitions printed at the end of each PDF report. Our own words, kept beside the layout that uses them. */
export function definitions(organisation: string): { term: string; text: string }[] {
  return [
    {
      term: "Requests",
      text:
        `A request is one legal demand from a law-enforcement agency asking ${organisation} for customer data. ` +
        "It counts once, however many accounts it names. The figure for a period is the sum over all countries and regions.",
    },
    {
      term: "Accounts/users specified",
      text:
        "The number of accounts or users that the requests named. One request may name several accounts, and several " +
        "requests may name the same one, so this can be higher or lower than the number of requests. " +
        "“Not reported” means the figure was not recorded for that country; it does not mean zero.",
    },
    {
      term: OUTCOME_LABELS.content,
      text:
        `${organisation} handed over content: what a customer wrote, sent or stored, such as the body of a message, ` +
        "a document or a photo. A demand for content generally has to be backed by a warrant or a court order.",
    },
    {
      term: OUTCOME_LABELS.nonContent,
      text:
        `${organisation} handed over records about an account but no content, for example the name and address ` +
        "given when signing up, the IP address used to register, sign-in logs or billing details. " +
        "A subpoena or a comparable order is usually enough for this.",
    },
    {
      term: OUTCOME_LABELS.noData,
      text: `${organisation} searched for the customer data the request asked for and held none.`,
    },
    {
      term: OUTCOME_LABELS.rejected,
      text:
        `${organisation} disclosed nothing because it turned the request down, for example because the demand ` +
        "did not meet the legal requirements.",
    },
    {
      term: "Countries not listed",
      text:
        "A country or region that is not in this report's table had no row in this period's data. " +
        "That is not the same as 0 requests, and it is never counted as a fall from an earlier period.",
    },
    {
      term: "Shares",
      text:
        "Every request ends in exactly one of the four outcomes above, so the outcomes add up to the number of requests. " +
        "Each share is an outcome as a percentage of the requests, rounded half up to two decimals. " +
        "Where no requests were received there is nothing to divide, and a dash (–) stands in for the share.",
    },
  ];
}
