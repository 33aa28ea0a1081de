import { type CSSVariablesResolver, createTheme, Loader } from '@mantine/core';

// Mantine's default shades put white text on mid-blue and grey text on white
// below the 4.5:1 contrast that WCAG AA asks for; darker shades fix both.
export const theme = createTheme({
  // People who ask their system for less motion get no sliding menus or fading dialogs.
  respectReducedMotion: true,
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'sm',
  // Noto Sans Arabic is named so that Arabic text gets a proper face where the system default lacks one.
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif",
  headings: {
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    // A spinner is named ("Loading") for screen readers; a name needs a role, and a status is what it is.
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    // A file field shows its placeholder ("Choose a file") as its only text: it must be readable.
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  };
  // "Light" buttons, badges and the active menu entry: dark text on a pale background. Mantine's hover
  // shade (2) is too dark for the text to keep 4.5:1; one shade paler at rest and on hover keeps it.
  for (const color of Object.keys(resolved.colors)) {
    light[`--mantine-color-${color}-light`] = `var(--mantine-color-${color}-0)`;
    light[`--mantine-color-${color}-light-hover`] = `var(--mantine-color-${color}-1)`;
  }
  return { variables: {}, light, dark: {} };
};
