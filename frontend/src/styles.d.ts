// Cunningham's stylesheets are exported without a .css extension, which Vite's own
// declarations (`*.css`) do not cover.
declare module '@gouvfr-lasuite/cunningham-react/style';
