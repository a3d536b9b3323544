// Never download a browser: tests and tools use Debian's chromium / firefox-esr (see tools/chromium.js).
module.exports = { skipDownload: true };
