/*
 * "Try your colour" on the theming page: the theme generator that `muni-theme` runs, here in
 * the browser, restyling the elements below the form as the colour changes.
 */
import { contrastTable, makeTheme, type Scheme } from '@muni-kit/theme';

const form = document.querySelector<HTMLFormElement>('#theme-try')!;
const stage = document.querySelector<HTMLElement>('#theme-try-stage')!;
const table = document.querySelector<HTMLTableSectionElement>('#theme-try-table tbody')!;
const css = document.querySelector<HTMLElement>('#theme-try-css')!;

const apply = () => {
  const data = new FormData(form);
  const primary = String(data.get('primary'));
  const secondary = data.get('use-secondary') ? String(data.get('secondary')) : undefined;
  const scheme = String(data.get('scheme')) as Scheme;
  const theme = makeTheme({ primary, secondary, name: 'my-municipality' });
  const colors = theme[scheme];
  for (const [token, value] of Object.entries(colors))
    stage.style.setProperty(`--muni-color-${token}`, value);
  stage.style.background = colors.surface;
  stage.style.color = colors.text;
  table.replaceChildren(
    ...contrastTable(colors).map((row) => {
      const tr = document.createElement('tr');
      for (const text of [
        row.foreground,
        row.background,
        row.ratio.toFixed(2),
        `${row.target}:1`,
        row.meets ? 'yes' : 'no',
      ]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }),
  );
  css.textContent = theme.css;
};

// A colour to start from can be linked to: theming.html?primary=%23ffdd00&scheme=dark#try
const start = new URLSearchParams(location.search);
const startPrimary = start.get('primary');
if (startPrimary && /^#[0-9a-f]{6}$/iu.test(startPrimary))
  form.querySelector<HTMLInputElement>('[name="primary"]')!.value = startPrimary;
if (start.get('scheme') === 'dark')
  form.querySelector<HTMLInputElement>('#theme-try-dark')!.checked = true;

form.addEventListener('input', apply);
form.addEventListener('submit', (event) => event.preventDefault());
apply();
