/*
 * Settings > muni-kit: picks the data file from the media library and checks it with the kit's
 * own decoder before the form is saved; problems are listed with their paths, as muni-validate
 * prints them, and block the save.
 */
const form = document.getElementById('muni-kit-settings');
const input = document.getElementById('muni-kit-data-url');
const report = document.getElementById('muni-kit-report');
const checked = form.querySelector('input[name="muni_kit_checked"]');
const { checkDataFile } = await import(form.dataset.validator);

const show = (kind, title, issues) => {
  report.replaceChildren();
  const box = document.createElement('div');
  box.className = `notice inline notice-${kind}`;
  if (kind === 'error') box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.textContent = title;
  box.append(heading);
  if (issues.length > 0) {
    const list = document.createElement('ul');
    for (const issue of issues) {
      const item = document.createElement('li');
      const path = document.createElement('code');
      path.textContent = issue.path;
      item.append(path, `: ${issue.message}`);
      list.append(item);
    }
    box.append(list);
  }
  report.append(box);
};

/** The data file's check: its text fetched as the elements will fetch it. */
const check = async (url) => {
  let response;
  try {
    response = await fetch(new URL(url, location.href), {
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    return {
      ok: false,
      title: `The data file could not be fetched (${error.message}); on another site it needs CORS.`,
      issues: [],
    };
  }
  if (!response.ok)
    return { ok: false, title: `The data file answered HTTP ${response.status}.`, issues: [] };
  const result = checkDataFile(await response.text());
  return result.ok
    ? { ok: true, title: 'The data file is valid.', issues: result.warnings }
    : { ok: false, title: 'The data file has problems; it was not saved:', issues: result.issues };
};

let approved = false;
form.addEventListener('submit', async (event) => {
  if (approved || input.value.trim() === '') return;
  event.preventDefault();
  const result = await check(input.value.trim());
  show(
    result.ok ? (result.issues.length ? 'warning' : 'success') : 'error',
    result.title,
    result.issues,
  );
  if (!result.ok) {
    input.focus();
    return;
  }
  checked.value = '1';
  form.querySelector('input[name="muni_kit_warnings"]').value = result.issues
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('\n');
  approved = true;
  form.requestSubmit();
});

document.getElementById('muni-kit-media').addEventListener('click', () => {
  const frame = window.wp.media({
    title: 'Data file',
    library: { type: 'application/json' },
    multiple: false,
  });
  frame.on('select', () => {
    input.value = frame.state().get('selection').first().toJSON().url;
    input.dispatchEvent(new Event('change'));
  });
  frame.open();
});
