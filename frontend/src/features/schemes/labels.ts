// The French labels of the action form's choices live in the domain (@mutualis/domain/scheme/labels),
// shared with the words that describe an action; this turns a label table into options.

/** A label table as the options of a select or a radio group, in its order. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
