/**
 * How the deployment files give a service the key it verifies tokens with: the public key of the
 * pair, as a read-only file, never `JWT_SECRET` nor the private key. An HS256 secret signs as well
 * as verifies, so every host or pod holding it could mint a token for any region's editor, or an
 * admin's; a public key verifies only. The private key stays with whoever issues tokens
 * (`JWT_PRIVATE_KEY_FILE=… npm run token`), outside every file here.
 */

/** The compose secret and the Kubernetes Secret that hold the public key. */
export const publicKeySecret = 'jwt-public-key';
/** The public key's file name: the Secret's key, and the file beside the compose file. */
export const publicKeyFileName = 'jwt-public.pem';
/** The folder a service finds it in. */
export const publicKeyFolder = '/run/secrets/jwt';
/** Where a service reads it: `JWT_PUBLIC_KEY_FILE`. */
export const publicKeyPath = `${publicKeyFolder}/${publicKeyFileName}`;
/** Where the operator puts it for docker compose, beside docker-compose.yml. */
export const composePublicKeyFile = `./secrets/${publicKeyFileName}`;

/** A compose service's mount of the public key, at the path its `JWT_PUBLIC_KEY_FILE` names. */
export const composePublicKeyMount = { source: publicKeySecret, target: publicKeyPath };

/** The pod's volume of the public key's Secret, its key alone. */
export const publicKeyVolume = {
  name: publicKeySecret,
  secret: {
    secretName: publicKeySecret,
    items: [{ key: publicKeyFileName, path: publicKeyFileName }],
  },
};

/** The container's read-only mount of that volume. */
export const publicKeyVolumeMount = {
  name: publicKeySecret,
  mountPath: publicKeyFolder,
  readOnly: true,
};
