let lastId = 0;
/** Keys for rows the user adds (cost lines, lots, bands): stable across re-renders. */
export const newRowId = () => `row-${++lastId}`;
