import { AxeBuilder } from '@axe-core/playwright';
import { AXE_TAGS, launchChromium, openPage } from './browser';
import { serveStatic } from './server';
const t0 = Date.now();
const lap = (m: string) => console.log(`${Date.now() - t0} ms: ${m}`);
const server = await serveStatic('/tmp/tk-build');
const browser = await launchChromium();
const p = await openPage(browser, { viewport: { width: 360, height: 740 } });
const { page } = p;
await page.goto(server.url + '/#/barn', { waitUntil: 'networkidle' });
lap('goto');
for (let i = 0; i < 4; i++) { const r = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze(); lap('legacy ' + r.violations.length + ' passes ' + r.passes.length); }
for (let i = 0; i < 2; i++) { const r = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze(); lap('default ' + r.violations.length + ' passes ' + r.passes.length); }
await browser.close(); await server.close();
