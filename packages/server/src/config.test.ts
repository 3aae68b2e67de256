import { loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment, with writes and CORS off', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', cypherTimeoutMs: 10_000, cypherRowCap: 5_000, logRequests: true });
    expect(config.writeToken).toBeUndefined();
    expect(config.corsOrigin).toBeUndefined();
  });

  it('reads the token, CORS origins, timeouts and switches from the environment', () => {
    const config = loadConfig({
      KG_API_TOKEN: 'a-long-enough-secret', KG_CORS_ORIGIN: 'http://a.example, http://b.example', KG_CYPHER_TIMEOUT_MS: '2500',
      PORT: '9090', KG_LOG_REQUESTS: 'false', KG_NETWORK_CACHE_MS: '0',
    });
    expect(config).toMatchObject({ writeToken: 'a-long-enough-secret', corsOrigin: ['http://a.example', 'http://b.example'], cypherTimeoutMs: 2500, port: 9090, logRequests: false, networkCacheMs: 0 });
  });

  it('treats a blank token as unset and names each bad variable', () => {
    expect(loadConfig({ KG_API_TOKEN: '' }).writeToken).toBeUndefined();
    expect(() => loadConfig({ KG_API_TOKEN: 'short', PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(
      /KG_API_TOKEN: must be at least 16 characters.*|PORT|NEO4J_URI/,
    );
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid server configuration: PORT: .*Fix the environment variables/);
  });
});
