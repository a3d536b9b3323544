// The page's own handler for the kit's error event (a separate file: no inline script).
document.querySelector('#bad').addEventListener('muni-error', (event) => {
  document.querySelector('#framework-error').textContent = event.detail.message;
});
