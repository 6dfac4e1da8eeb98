/** Margin's pages take the system's light or dark scheme: panel.css reads it from <html data-theme>. */
export function followColorScheme(root: HTMLElement = document.documentElement): void {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => root.setAttribute('data-theme', dark.matches ? 'dark' : 'light');
  dark.addEventListener('change', apply);
  apply();
}
