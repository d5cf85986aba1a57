/**
 * Fired on `document` after the filter redrew a view in place, so charts can enhance the new markup.
 * In a module of its own, so listeners load without the filter's code.
 */
export const RENDER_EVENT = "report:render";
