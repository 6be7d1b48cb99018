/** The theme page: the kit, and a theme menu per panel (a module, so the page needs no inline script). */
import '../../src/index.js';

export const THEMES = ['', 'iop-theme-calm-light', 'iop-theme-dark'] as const;

for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-theme-for]')) {
  const panel = document.getElementById(select.dataset['themeFor'] ?? '');
  if (!panel) continue;
  const apply = () => {
    for (const t of THEMES) if (t) panel.classList.toggle(t, t === select.value);
  };
  select.addEventListener('change', apply);
  apply();
}
