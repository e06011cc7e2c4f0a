import '@gouvfr-lasuite/cunningham-react/fonts';
import '@gouvfr-lasuite/cunningham-react/icons';
