import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { Request } from 'express';
import { inBoth } from './bilingual.js';
import { ConfigError } from './config.js';

/**
 * HTTPS for a service whose hop leaves the machine: with `TLS_CERT_FILE` and `TLS_KEY_FILE` it
 * serves HTTPS; with `TLS_CLIENT_CA_FILE` too it asks callers for a certificate and counts one that
 * CA signed as the gateway's (mutual TLS, an alternative to the shared secret). The files are read
 * again on SIGHUP and when they change (a renewed certificate, a Kubernetes Secret updated in
 * place), so a renewal needs no restart; connections already open keep the old ones.
 */
export interface TlsFiles {
  cert: string;
  key: string;
  clientCa?: string;
}

export function tlsFilesFrom(env: NodeJS.ProcessEnv = process.env): TlsFiles | null {
  const { TLS_CERT_FILE: cert, TLS_KEY_FILE: key, TLS_CLIENT_CA_FILE: clientCa } = env;
  if (!cert && !key) {
    if (clientCa)
      throw new ConfigError(
        inBoth({
          zh: '设置了 TLS_CLIENT_CA_FILE，还须设置 TLS_CERT_FILE 和 TLS_KEY_FILE。',
          en: 'TLS_CLIENT_CA_FILE needs TLS_CERT_FILE and TLS_KEY_FILE too.',
        }),
      );
    return null;
  }
  if (!cert || !key)
    throw new ConfigError(
      inBoth({
        zh: '要以 HTTPS 提供服务，须同时设置 TLS_CERT_FILE 和 TLS_KEY_FILE（PEM 文件），或两者都不设置。',
        en: 'Set both TLS_CERT_FILE and TLS_KEY_FILE (PEM files) to serve HTTPS, or neither.',
      }),
    );
  return { cert, key, clientCa: clientCa || undefined };
}

/**
 * A file a setting names (a certificate, a key), read: one that cannot be read is a configuration
 * mistake, said in Chinese and English with why.
 */
export function readSettingFile(file: string, variable: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有读取它的权限'
          : code === 'EISDIR'
            ? '它是文件夹，不是文件'
            : '无法读取';
    throw new ConfigError(
      inBoth({
        zh: `${variable} 指定的 ${file} 无法读取（${why}）：请检查路径和权限。`,
        en: `${variable} names ${file}, which cannot be read: ${(error as Error).message}`,
      }),
      { cause: error },
    );
  }
}

function secureOptions(files: TlsFiles): https.ServerOptions {
  return {
    cert: readSettingFile(files.cert, 'TLS_CERT_FILE'),
    key: readSettingFile(files.key, 'TLS_KEY_FILE'),
    ...(files.clientCa && {
      ca: readSettingFile(files.clientCa, 'TLS_CLIENT_CA_FILE'),
      // Asked for, checked, but not required at the handshake: health probes carry no certificate,
      // and the routes that need the gateway check `fromCertifiedGateway` themselves.
      requestCert: true,
      rejectUnauthorized: false,
    }),
    minVersion: 'TLSv1.2',
  };
}

/** How often the certificate files are looked at for a change. */
const WATCH_INTERVAL_MS = 10_000;

/** The server for `app`: HTTPS when the environment names a certificate, plain HTTP otherwise. */
export function httpOrHttpsServer(
  app: http.RequestListener,
  env: NodeJS.ProcessEnv = process.env,
): { server: http.Server; scheme: 'http' | 'https' } {
  const files = tlsFilesFrom(env);
  if (!files) return { server: http.createServer(app), scheme: 'http' };
  const server = https.createServer(secureOptions(files), app);
  const reload = () => {
    try {
      server.setSecureContext(secureOptions(files));
    } catch (error) {
      // A half-written renewal is not loaded; the certificate in use stays until a good one comes.
      console.error(
        `未重新加载 TLS 文件，继续使用当前证书。The TLS files were not reloaded: ${(error as Error).message}`,
      );
    }
  };
  const watched = [files.cert, files.key, ...(files.clientCa ? [files.clientCa] : [])];
  for (const file of watched)
    watchFile(file, { interval: WATCH_INTERVAL_MS, persistent: false }, reload);
  process.on('SIGHUP', reload);
  server.once('close', () => {
    for (const file of watched) unwatchFile(file, reload);
    process.off('SIGHUP', reload);
  });
  // Node's https.Server has every method and event of an http.Server that callers here use.
  return { server: server as unknown as http.Server, scheme: 'https' };
}

/**
 * Whether the caller showed a certificate that `TLS_CLIENT_CA_FILE`'s CA signed. `authorized` alone
 * is not enough: on a resumed TLS session that began without a certificate, OpenSSL reports the
 * verification as passed (there was none), so the certificate itself must be there too.
 */
export function fromCertifiedGateway(req: Request): boolean {
  const socket = req.socket as Partial<TLSSocket>;
  if (socket.encrypted !== true || socket.authorized !== true) return false;
  const certificate = socket.getPeerCertificate?.();
  return certificate !== undefined && Object.keys(certificate).length > 0;
}
