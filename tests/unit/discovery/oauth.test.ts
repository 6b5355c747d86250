import { describe, expect, it } from 'vitest';
import { catalogIndexFor } from '../../../src/engine/catalog/index';
import { classifyGrantClient, parseOAuthAuthorize, riskyScopes } from '../../../src/engine/discovery/oauth';

const SECRET_VALUES = ['STATE-SECRET-1', 'CODE-SECRET-2', 'NONCE-SECRET-3', 'alice@acme.com', 'PKCE-SECRET-4'];
const secrets = `state=STATE-SECRET-1&code=CODE-SECRET-2&nonce=NONCE-SECRET-3&login_hint=alice%40acme.com&code_challenge=PKCE-SECRET-4`;

describe('parseOAuthAuthorize: Google', () => {
  it('parses /o/oauth2/v2/auth with space-separated scopes', () => {
    const url =
      `https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fauth.openai.com%2Fcallback%2Fgoogle` +
      `&response_type=code&scope=openid%20email%20profile%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.readonly&access_type=offline&${secrets}`;
    expect(parseOAuthAuthorize(url)).toEqual({
      provider: 'google',
      clientId: '123-abc.apps.googleusercontent.com',
      scopes: ['openid', 'email', 'profile', 'https://www.googleapis.com/auth/drive.readonly'],
      redirectHost: 'auth.openai.com',
      redirectPath: '/callback/google',
      responseType: 'code',
      offline: true,
      adminConsent: false,
    });
  });

  it('parses /o/oauth2/auth with + separated scopes', () => {
    const r = parseOAuthAuthorize('https://accounts.google.com/o/oauth2/auth?client_id=1.apps.googleusercontent.com&scope=email+profile+https://mail.google.com/&redirect_uri=https://app.example.ai/cb');
    expect(r?.scopes).toEqual(['email', 'profile', 'https://mail.google.com/']);
    expect(r?.offline).toBe(false);
  });

  it('parses the account chooser /o/oauth2/v2/auth/oauthchooseaccount', () => {
    const r = parseOAuthAuthorize(
      'https://accounts.google.com/o/oauth2/v2/auth/oauthchooseaccount?client_id=9.apps.googleusercontent.com&scope=openid%20email&redirect_uri=https%3A%2F%2Fclaude.ai%2Flogin%2Fgoogle-auth&response_type=code&flowName=GeneralOAuthFlow',
    );
    expect(r).toMatchObject({ provider: 'google', clientId: '9.apps.googleusercontent.com', redirectHost: 'claude.ai', scopes: ['openid', 'email'] });
  });

  it('parses /signin/oauth/... consent pages', () => {
    const r = parseOAuthAuthorize('https://accounts.google.com/signin/oauth/id?authuser=0&part=AJi8hAx&as=S1&client_id=77.apps.googleusercontent.com&rapt=AEjH');
    expect(r).toMatchObject({ provider: 'google', clientId: '77.apps.googleusercontent.com', scopes: [] });
    expect(r?.redirectHost).toBeUndefined();
  });

  it('follows one level of `continue`', () => {
    const inner = `https://accounts.google.com/o/oauth2/auth?client_id=5.apps.googleusercontent.com&scope=https://www.googleapis.com/auth/calendar&redirect_uri=https://www.perplexity.ai/api/auth/callback/google&${secrets}`;
    const r = parseOAuthAuthorize(`https://accounts.google.com/AccountChooser?continue=${encodeURIComponent(inner)}`);
    expect(r).toMatchObject({ clientId: '5.apps.googleusercontent.com', redirectHost: 'www.perplexity.ai' });
    const twice = `https://accounts.google.com/ServiceLogin?continue=${encodeURIComponent(`https://accounts.google.com/AccountChooser?continue=${encodeURIComponent(inner)}`)}`;
    expect(parseOAuthAuthorize(twice)).toBeNull();
  });

  it('parses Sign in with Google popups (gsi/select), using origin and storagerelay', () => {
    expect(parseOAuthAuthorize('https://accounts.google.com/gsi/select?client_id=1.apps.googleusercontent.com&ux_mode=popup&origin=https%3A%2F%2Fwww.gamma.app&nonce=N')).toMatchObject({
      provider: 'google',
      scopes: ['openid', 'email', 'profile'],
      redirectHost: 'www.gamma.app',
    });
    expect(
      parseOAuthAuthorize('https://accounts.google.com/o/oauth2/auth?client_id=1.apps.googleusercontent.com&redirect_uri=storagerelay%3A%2F%2Fhttps%2Fwww.notta.ai%3Fid%3Dauth1&scope=email')?.redirectHost,
    ).toBe('www.notta.ai');
    expect(
      parseOAuthAuthorize('https://accounts.google.com/o/oauth2/auth?client_id=1.apps.googleusercontent.com&redirect_uri=postmessage&origin=https://app.otter.ai&scope=email')?.redirectHost,
    ).toBe('app.otter.ai');
  });
});

describe('parseOAuthAuthorize: Microsoft', () => {
  it('parses v2.0 authorize for any tenant', () => {
    for (const tenant of ['common', 'organizations', 'contoso.onmicrosoft.com', '72f988bf-86f1-41af-91ab-2d7cd011db47']) {
      const r = parseOAuthAuthorize(
        `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=11111111-2222-3333-4444-555555555555&response_type=code&redirect_uri=https%3A%2F%2Fapp.fireflies.ai%2Fauth&scope=openid%20offline_access%20https%3A%2F%2Fgraph.microsoft.com%2FCalendars.Read%20User.Read&${secrets}`,
      );
      expect(r, tenant).toMatchObject({
        provider: 'microsoft',
        clientId: '11111111-2222-3333-4444-555555555555',
        scopes: ['openid', 'offline_access', 'https://graph.microsoft.com/Calendars.Read', 'User.Read'],
        redirectHost: 'app.fireflies.ai',
        offline: true,
        adminConsent: false,
      });
    }
  });

  it('parses v1 authorize, turning `resource` into <resource>/.default', () => {
    const r = parseOAuthAuthorize('https://login.microsoftonline.com/common/oauth2/authorize?client_id=abc&resource=https%3A%2F%2Fgraph.microsoft.com&redirect_uri=https://x.example/cb&prompt=admin_consent');
    expect(r).toMatchObject({ scopes: ['https://graph.microsoft.com/.default'], adminConsent: true });
  });

  it('parses admin consent endpoints', () => {
    expect(parseOAuthAuthorize('https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=abc&scope=https://graph.microsoft.com/.default&redirect_uri=https://x.example/cb')).toMatchObject({
      adminConsent: true,
      scopes: ['https://graph.microsoft.com/.default'],
    });
    expect(parseOAuthAuthorize('https://login.microsoftonline.com/common/adminconsent?client_id=abc')?.adminConsent).toBe(true);
  });

  it('parses login.live.com/oauth20_authorize.srf', () => {
    expect(parseOAuthAuthorize('https://login.live.com/oauth20_authorize.srf?client_id=0000000040&scope=wl.signin,wl.offline_access,onedrive.readonly&response_type=code&redirect_uri=https://app.example.ai/cb')).toMatchObject({
      provider: 'microsoft',
      scopes: ['wl.signin', 'wl.offline_access', 'onedrive.readonly'],
      offline: true,
    });
  });

  it('ignores other Microsoft pages', () => {
    expect(parseOAuthAuthorize('https://login.microsoftonline.com/common/oauth2/v2.0/token?client_id=abc')).toBeNull();
    expect(parseOAuthAuthorize('https://login.microsoftonline.com/?client_id=abc')).toBeNull();
  });
});

describe('parseOAuthAuthorize: GitHub and Slack', () => {
  it('parses GitHub authorize with comma or space separated scopes', () => {
    expect(parseOAuthAuthorize(`https://github.com/login/oauth/authorize?client_id=Iv1.abc123&scope=repo,read:org&redirect_uri=https://cursor.com/api/auth/github&${secrets}`)).toMatchObject({
      provider: 'github',
      clientId: 'Iv1.abc123',
      scopes: ['repo', 'read:org'],
      redirectHost: 'cursor.com',
      offline: true,
    });
    expect(parseOAuthAuthorize('https://github.com/login/oauth/authorize?client_id=abc&scope=user%3Aemail%20workflow')?.scopes).toEqual(['user:email', 'workflow']);
  });

  it('follows the signed-out /login?return_to= wrapper', () => {
    const r = parseOAuthAuthorize(`https://github.com/login?client_id=abc&return_to=${encodeURIComponent('/login/oauth/authorize?client_id=abc&scope=repo&redirect_uri=https%3A%2F%2Flovable.dev%2Fcb')}`);
    expect(r).toMatchObject({ clientId: 'abc', scopes: ['repo'], redirectHost: 'lovable.dev' });
  });

  it('parses Slack v2 with scope and user_scope', () => {
    expect(
      parseOAuthAuthorize(`https://slack.com/oauth/v2/authorize?client_id=123.456&scope=channels:history,chat:write&user_scope=search:read&redirect_uri=https://app.read.ai/slack&${secrets}`),
    ).toMatchObject({ provider: 'slack', clientId: '123.456', scopes: ['channels:history', 'chat:write', 'search:read'], redirectHost: 'app.read.ai' });
  });

  it('parses Slack v1 and the workspace consent page', () => {
    expect(parseOAuthAuthorize('https://slack.com/oauth/authorize?client_id=1.2&scope=client')?.scopes).toEqual(['client']);
    expect(parseOAuthAuthorize('https://acme.slack.com/oauth?client_id=1.2&scope=incoming-webhook&user_scope=&redirect_uri=https%3A%2F%2Fx.example')).toMatchObject({
      provider: 'slack',
      scopes: ['incoming-webhook'],
    });
  });
});

describe('parseOAuthAuthorize: refusals', () => {
  const bad = [
    'https://accounts.google.com.evil.example/o/oauth2/v2/auth?client_id=1',
    'https://evil.example/accounts.google.com/o/oauth2/v2/auth?client_id=1',
    'http://accounts.google.com/o/oauth2/v2/auth?client_id=1',
    'https://user:pw@accounts.google.com/o/oauth2/v2/auth?client_id=1',
    'https://accounts.google.com:8443/o/oauth2/v2/auth?client_id=1',
    'https://accounts.google.com/o/oauth2/v2/auth?scope=email',
    'https://accounts.google.com/o/oauth2/v2/auth?client_id=%3Cscript%3E',
    'https://accounts.google.com/',
    'https://github.com/login/oauth/access_token?client_id=1',
    'https://slack.com/api/oauth.v2.access?client_id=1',
    'not a url',
    '',
  ];
  for (const url of bad) it(`refuses ${url || '(empty)'}`, () => expect(parseOAuthAuthorize(url)).toBeNull());

  it('never keeps state, code, nonce, login_hint or PKCE values', () => {
    const urls = [
      `https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&scope=email&redirect_uri=https://a.example/cb&${secrets}`,
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&scope=Mail.Read&redirect_uri=https://a.example/cb&${secrets}`,
      `https://github.com/login/oauth/authorize?client_id=abc&scope=repo&${secrets}`,
      `https://slack.com/oauth/v2/authorize?client_id=1.2&scope=channels:history&${secrets}`,
    ];
    for (const url of urls) {
      const parsed = parseOAuthAuthorize(url);
      expect(parsed).not.toBeNull();
      const json = JSON.stringify([parsed, classifyGrantClient(parsed!)]);
      for (const s of SECRET_VALUES) expect(json, url).not.toContain(s);
    }
  });

  it('drops the redirect query string (it can carry tokens)', () => {
    const r = parseOAuthAuthorize('https://accounts.google.com/o/oauth2/v2/auth?client_id=1&redirect_uri=https%3A%2F%2Fa.example%2Fcb%3Ftoken%3DSECRET');
    expect(JSON.stringify(r)).not.toContain('SECRET');
  });
});

describe('riskyScopes', () => {
  it('flags Google mail, drive, calendar, docs and admin scopes, not sign-in or per-file ones', () => {
    const g = 'https://www.googleapis.com/auth/';
    expect(
      riskyScopes('google', [
        'openid',
        'email',
        'profile',
        `${g}userinfo.email`,
        `${g}drive.file`,
        `${g}drive.appdata`,
        'https://mail.google.com/',
        `${g}gmail.readonly`,
        `${g}drive`,
        `${g}calendar.events`,
        `${g}spreadsheets.readonly`,
        `${g}admin.directory.user.readonly`,
      ]),
    ).toEqual(['https://mail.google.com/', `${g}gmail.readonly`, `${g}drive`, `${g}calendar.events`, `${g}spreadsheets.readonly`, `${g}admin.directory.user.readonly`]);
  });

  it('flags Microsoft data scopes in short or resource form, offline_access and .default', () => {
    expect(
      riskyScopes('microsoft', [
        'openid',
        'profile',
        'email',
        'User.Read',
        'Files.Read.Selected',
        'offline_access',
        'Mail.Read',
        'https://graph.microsoft.com/Files.Read.All',
        'Sites.Read.All',
        'https://graph.microsoft.com/.default',
        'https://management.azure.com/user_impersonation',
        'Chat.Read',
      ]),
    ).toEqual(['offline_access', 'Mail.Read', 'https://graph.microsoft.com/Files.Read.All', 'Sites.Read.All', 'https://graph.microsoft.com/.default', 'https://management.azure.com/user_impersonation', 'Chat.Read']);
  });

  it('flags GitHub repo / org admin / workflow, not profile scopes', () => {
    expect(riskyScopes('github', ['read:user', 'user:email', 'repo', 'read:org', 'admin:org', 'workflow', 'public_repo'])).toEqual(['repo', 'admin:org', 'workflow']);
  });

  it('flags Slack history, files and search scopes, not posting or identity', () => {
    expect(riskyScopes('slack', ['chat:write', 'channels:read', 'channels:history', 'im:history', 'files:read', 'search:read', 'identity.basic', 'users:read'])).toEqual([
      'channels:history',
      'im:history',
      'files:read',
      'search:read',
    ]);
  });
});

describe('classifyGrantClient', () => {
  const google = (redirect: string, scope = 'openid email') =>
    parseOAuthAuthorize(`https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&scope=${encodeURIComponent(scope)}&redirect_uri=${encodeURIComponent(redirect)}`)!;

  it('finds the app by redirect host through catalog matching', () => {
    expect(classifyGrantClient(google('https://claude.ai/login/google-auth'))).toMatchObject({ app: 'claude', appMatch: 'redirect-host', redirectHost: 'claude.ai' });
    expect(classifyGrantClient(google('https://www.perplexity.ai/api/auth/callback/google'))).toMatchObject({ app: 'perplexity', appMatch: 'redirect-host' });
    expect(classifyGrantClient(google('https://huggingface.co/chat/login/callback'))).toMatchObject({ app: 'huggingchat', appMatch: 'redirect-host' });
  });

  it('falls back to the vendor domain (auth.openai.com → ChatGPT)', () => {
    expect(classifyGrantClient(google('https://auth.openai.com/callback'))).toMatchObject({ app: 'chatgpt', appMatch: 'redirect-domain' });
    expect(classifyGrantClient(google('https://auth.deepseek.com/cb'))).toMatchObject({ app: 'deepseek-chat', appMatch: 'redirect-domain' });
  });

  it('does not guess across shared platforms or unknown hosts', () => {
    expect(classifyGrantClient(google('https://script.google.com/cb')).app).toBeUndefined();
    expect(classifyGrantClient(google('https://huggingface.co/login/callback')).app).toBeUndefined();
    expect(classifyGrantClient(google('https://unknown.example/cb')).app).toBeUndefined();
    const noRedirect = parseOAuthAuthorize('https://accounts.google.com/signin/oauth/id?client_id=1.apps.googleusercontent.com')!;
    expect(classifyGrantClient(noRedirect).app).toBeUndefined();
  });

  it('uses client ids from policy first', () => {
    const parsed = google('https://unknown.example/cb');
    expect(classifyGrantClient(parsed, undefined, { clientIds: { '1.apps.googleusercontent.com': 'otter' } })).toMatchObject({ app: 'otter', appMatch: 'client-id' });
  });

  it('uses policy-added apps when given the policy index', () => {
    const idx = catalogIndexFor({ add: [{ id: 'corp-ai', name: 'Corp AI', domains: ['ai.corp.example'] }] });
    expect(classifyGrantClient(google('https://ai.corp.example/cb'), idx)).toMatchObject({ app: 'corp-ai' });
  });

  it('records risky scopes and drops the redirect path', () => {
    const rec = classifyGrantClient(google('https://app.otter.ai/signin/google', 'openid email https://www.googleapis.com/auth/calendar.readonly'));
    expect(rec).toEqual({
      provider: 'google',
      clientId: '1.apps.googleusercontent.com',
      scopes: ['openid', 'email', 'https://www.googleapis.com/auth/calendar.readonly'],
      app: 'otter',
      appMatch: 'redirect-host',
      redirectHost: 'app.otter.ai',
      riskyScopes: ['https://www.googleapis.com/auth/calendar.readonly'],
      offline: false,
      adminConsent: false,
    });
  });
});
