import { ConfigError } from './config.js';
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A key of a pair and the algorithm tokens are signed with under it. */
export interface SigningKey {
  key: KeyObject;
  algorithm: string;
}

/** The JOSE algorithm of a key: Ed25519, ECDSA on the NIST curves, or RSA of 2,048 bits or more. */
function algorithmOf(key: KeyObject): string | null {
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec')
    return (
      ({ prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' } as Record<string, string>)[
        details.namedCurve ?? ''
      ] ?? null
    );
  if (key.asymmetricKeyType === 'rsa' && (details.modulusLength ?? 0) >= 2048) return 'RS256';
  return null;
}

/**
 * The key in the PEM file that `variable` names: `JWT_PUBLIC_KEY_FILE` a public key alone (a private
 * key there would let its host sign tokens, which is what a public key is for keeping from it),
 * `JWT_PRIVATE_KEY_FILE` a private key, for whoever issues tokens. Any problem is said in both
 * languages with the variable, before the service starts.
 */
export function keyPairFile(
  env: NodeJS.ProcessEnv,
  variable: 'JWT_PUBLIC_KEY_FILE' | 'JWT_PRIVATE_KEY_FILE',
): SigningKey {
  const path = env[variable]!;
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `无法读取 ${variable} 指定的文件 ${path}。${variable} names ${path}, which cannot be read: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const isPrivate = /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem);
  if (variable === 'JWT_PUBLIC_KEY_FILE' && isPrivate)
    throw new ConfigError(
      `${variable} 指定的文件 ${path} 是私钥：验证令牌只需公钥，持有私钥即可签发任何令牌；请给出公钥（openssl pkey -in 私钥.pem -pubout）。` +
        `${variable} names ${path}, a private key: verifying tokens takes the public key alone, and whoever holds the private key can sign any token; give the public key (openssl pkey -in private.pem -pubout).`,
    );
  let key: KeyObject;
  try {
    key = variable === 'JWT_PUBLIC_KEY_FILE' ? createPublicKey(pem) : createPrivateKey(pem);
  } catch (error) {
    throw new ConfigError(
      `${variable} 指定的文件 ${path} 不是 PEM 格式的${variable === 'JWT_PUBLIC_KEY_FILE' ? '公钥' : '私钥'}。${variable} names ${path}, which is no PEM ${variable === 'JWT_PUBLIC_KEY_FILE' ? 'public' : 'private'} key: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const algorithm = algorithmOf(key);
  if (!algorithm)
    throw new ConfigError(
      `${variable} 的密钥须为 Ed25519、P-256/P-384/P-521 椭圆曲线或至少 2048 位的 RSA 密钥。${variable} must hold an Ed25519 key, an elliptic-curve key on P-256, P-384 or P-521, or an RSA key of at least 2,048 bits.`,
    );
  return { key, algorithm };
}
