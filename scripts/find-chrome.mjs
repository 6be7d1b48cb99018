// `npm test` starts here: one clear line when there is no browser to test in.
import { findChrome } from './chrome-path.mjs';

if (!findChrome()) {
  const where = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist` : 'no Chromium/Chrome found';
  console.error(`iop-kit tests need Chromium: ${where}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.`);
  process.exit(1);
}
