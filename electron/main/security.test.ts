// The security decisions in plain Node: which URLs are the app's own page, which links
// may go to the user's browser, which requests the page may make.
import { describe, expect, it } from 'vitest';
import { decideNavigation, externalUrl, isAllowedExternalUrl, isAllowedRendererRequest, isAppUrl } from './security';

const ROOT = 'file:///opt/GridScout/resources/app.asar/out/renderer/';
const DEV_ROOT = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts the built page and its assets, with a query or a hash', () => {
    expect(isAppUrl(`${ROOT}index.html`, ROOT)).toBe(true);
    expect(isAppUrl(`${ROOT}index.html#/draft`, ROOT)).toBe(true);
    expect(isAppUrl(`${ROOT}assets/index-abc.js?v=1`, ROOT)).toBe(true);
  });

  it('accepts a root given without the trailing slash', () => {
    expect(isAppUrl(`${ROOT}index.html`, ROOT.slice(0, -1))).toBe(true);
  });

  it('refuses other files, including paths that climb out of the root', () => {
    expect(isAppUrl('file:///etc/passwd', ROOT)).toBe(false);
    expect(isAppUrl(`${ROOT}../../../../etc/passwd`, ROOT)).toBe(false);
    expect(isAppUrl(`${ROOT}%2e%2e/%2e%2e/secret.html`, ROOT)).toBe(false);
    expect(isAppUrl('file:///opt/GridScout/resources/app.asar/out/renderer-evil/index.html', ROOT)).toBe(false);
    expect(isAppUrl(`file://otherhost/opt/GridScout/resources/app.asar/out/renderer/index.html`, ROOT)).toBe(false);
  });

  it('refuses other schemes and junk', () => {
    for (const url of [
      'https://github.com/',
      'http://localhost:5173/',
      'javascript:alert(1)',
      `data:text/html,<script>alert(1)</script>`,
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
      `${ROOT}index.html`.replace('file:', 'blob:'),
    ]) {
      expect(isAppUrl(url, ROOT), url).toBe(false);
    }
  });

  it('in development accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/', DEV_ROOT)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV_ROOT)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_ROOT)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV_ROOT)).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', DEV_ROOT)).toBe(false);
    expect(isAppUrl('http://user:pw@localhost:5173/', DEV_ROOT)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', DEV_ROOT)).toBe(false);
  });

  it('refuses everything when the root itself is not a usable URL', () => {
    expect(isAppUrl(`${ROOT}index.html`, 'nonsense')).toBe(false);
    expect(isAppUrl('javascript:1', 'javascript:1')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows https links to the allow-listed hosts', () => {
    expect(isAllowedExternalUrl('https://github.com/nflverse/nflverse-data/releases')).toBe(true);
    expect(isAllowedExternalUrl('https://nflverse.com/')).toBe(true);
    expect(isAllowedExternalUrl('https://creativecommons.org/licenses/by/4.0/')).toBe(true);
    expect(isAllowedExternalUrl('HTTPS://GITHUB.COM/gridscout')).toBe(true); // the parser normalises case
  });

  it('refuses other schemes', () => {
    for (const url of [
      'http://github.com/',
      'javascript:alert(1)',
      'javascript://github.com/%0aalert(1)',
      'file:///etc/passwd',
      'file://github.com/etc/passwd',
      'data:text/html,https://github.com/',
      'ftp://github.com/',
      'smb://github.com/share',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:msgbox(1)',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses userinfo tricks that put an allowed name before the real host', () => {
    expect(isAllowedExternalUrl('https://github.com@evil.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://github.com:443@evil.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://evil.com@github.com/')).toBe(false); // credentials are never passed on
    expect(isAllowedExternalUrl('https://user:pass@github.com/')).toBe(false);
  });

  it('refuses look-alike and neighbouring hosts', () => {
    for (const url of [
      'https://github.com.evil.com/',
      'https://evilgithub.com/',
      'https://gist.github.com/', // exact hosts only
      'https://github.com./', // trailing dot is a different name to the allow-list
      'https://gіthub.com/', // Cyrillic i: the parser turns it into punycode
      'https://xn--gthub-n4a.com/',
      'https://github.com%2eevil.com/',
      'https://github.com\t.evil.com/',
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://github.com:8443/',
      'https://',
      'github.com',
      '//github.com/',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('externalUrl', () => {
  it('hands the browser the parsed form, so it opens exactly the host that was checked', () => {
    // A backslash is a path separator in https URLs: this is github.com, path /@evil.com/.
    expect(externalUrl('https://github.com\\@evil.com/')).toBe('https://github.com/@evil.com/');
    expect(externalUrl('https://GitHub.com/a b')).toBe('https://github.com/a%20b');
    expect(externalUrl('https://github.com@evil.com/')).toBeNull();
  });
});

describe('decideNavigation', () => {
  it('keeps the app page, sends allow-listed https out, denies the rest', () => {
    expect(decideNavigation(`${ROOT}index.html#/players`, ROOT)).toBe('allow');
    expect(decideNavigation('https://github.com/gridscout/gridscout/issues', ROOT)).toBe('open-external');
    expect(decideNavigation('https://evil.com/', ROOT)).toBe('deny');
    expect(decideNavigation('file:///etc/passwd', ROOT)).toBe('deny');
    expect(decideNavigation('javascript:alert(1)', ROOT)).toBe('deny');
  });
});

describe('isAllowedRendererRequest', () => {
  it('lets the page load its own files and inline data', () => {
    expect(isAllowedRendererRequest(`${ROOT}assets/inter.woff2`, ROOT)).toBe(true);
    expect(isAllowedRendererRequest('data:image/png;base64,AAAA', ROOT)).toBe(true);
    expect(isAllowedRendererRequest('devtools://devtools/bundled/inspector.html', ROOT)).toBe(true);
  });

  it('cancels anything on the network or elsewhere on disk', () => {
    expect(isAllowedRendererRequest('https://github.com/', ROOT)).toBe(false);
    expect(isAllowedRendererRequest('https://fonts.googleapis.com/css2?family=Inter', ROOT)).toBe(false);
    expect(isAllowedRendererRequest('http://127.0.0.1:4317/api/app.info', ROOT)).toBe(false);
    expect(isAllowedRendererRequest('ws://localhost:5173/', ROOT)).toBe(false);
    expect(isAllowedRendererRequest('file:///home/user/.ssh/id_rsa', ROOT)).toBe(false);
  });

  it('in development allows the dev server and its hot-reload socket only', () => {
    expect(isAllowedRendererRequest('http://localhost:5173/@vite/client', DEV_ROOT)).toBe(true);
    expect(isAllowedRendererRequest('ws://localhost:5173/', DEV_ROOT)).toBe(true);
    expect(isAllowedRendererRequest('ws://localhost:9999/', DEV_ROOT)).toBe(false);
    expect(isAllowedRendererRequest('https://example.com/', DEV_ROOT)).toBe(false);
  });
});
