import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../shared/config.js';

describe('the configuration read from the environment', () => {
  it('takes the defaults when nothing is set, and an empty variable as unset', () => {
    const config = readConfig({ PORT: '', HOST: '' });
    expect(config).toMatchObject({
      production: false,
      port: undefined,
      host: '127.0.0.1',
      workers: 1,
      demoData: true,
      mutualTls: false,
    });
  });

  it('reads the values given, per subgraph too', () => {
    const config = readConfig({
      NODE_ENV: 'production',
      PORT: '0',
      WORKERS: '3',
      TLS_CLIENT_CA_FILE: 'ca.pem',
      GUANGXI_PORT: '5012',
      GUANGXI_DATABASE_URL: 'postgres://db/registry_guangxi',
    });
    expect(config).toMatchObject({ production: true, port: 0, workers: 3, mutualTls: true });
    expect(config.demoData).toBe(false);
    expect(config.subgraphPort('guangxi')).toBe(5012);
    expect(config.subgraphPort('sichuan')).toBeUndefined();
    expect(config.subgraphDatabaseUrl('guangxi')).toBe('postgres://db/registry_guangxi');
    expect(readConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' }).demoData).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a port number from 0 to 65535, not "eighty"'],
    [{ PORT: '70000' }, 'PORT must be a port number from 0 to 65535, not "70000"'],
    [{ WORKERS: 'many' }, 'WORKERS must be a whole number from 1 to 64, not "many"'],
    [{ WORKERS: '0' }, 'WORKERS must be a whole number from 1 to 64, not "0"'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA must be on or off, not "yes"'],
    [{ GATEWAY_URL: 'gateway' }, 'GATEWAY_URL must be a URL, not "gateway"'],
  ])('refuses %o naming the variable and what it takes', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('says the rule in Chinese first, then in English', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(
      '环境变量 PORT 有误：须为 0 到 65535 之间的端口号，不能是“eighty”。PORT must be a port number from 0 to 65535, not "eighty".',
    );
    expect(() => readConfig({ WORKERS: '0', DEMO_DATA: 'yes' })).toThrow(
      '环境变量 WORKERS 有误：须为 1 到 64 之间的整数，不能是“0”。WORKERS must be a whole number from 1 to 64, not "0". 环境变量 DEMO_DATA 有误：须为 on 或 off，不能是“yes”。DEMO_DATA must be on or off, not "yes".',
    );
    expect(() => readConfig({ GATEWAY_URL: 'gateway' })).toThrow(
      '环境变量 GATEWAY_URL 有误：须为网址（URL），不能是“gateway”。',
    );
  });

  it('refuses a subgraph port that is no port, naming its variable', () => {
    expect(() => readConfig({ SICHUAN_PORT: 'x' }).subgraphPort('sichuan')).toThrow(
      'SICHUAN_PORT must be a port number from 0 to 65535, not "x"',
    );
  });
});
