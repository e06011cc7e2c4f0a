// Fonts as separate woff2 files, each fetched only when a page uses it, text shown in the fallback
// font meanwhile (font-display: swap in each @font-face). French needs the Latin subsets only:
// Roboto Flex's variable weight axis (every weight in one file) and the outlined icons.
import '@fontsource-variable/roboto-flex/wght.css';
import '@fontsource/material-icons-outlined/latin-400.css';
import './icons.css';
