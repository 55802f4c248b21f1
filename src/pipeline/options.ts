/** The option shapes most providers' `verify` and `sign` take, named for readable signatures. */
import type { BodyOptions } from '../http/body.js'
import type { CredentialOptions } from '../schemes/credential.js'
import type { SecretOptions, SigningSecretOptions } from '../schemes/secret.js'
import type { CheckOptions, NoTimestampOptions, SignTimeOptions } from '../time/tolerance.js'

/** Options of `verify` for providers that sign a timestamp with a shared secret. */
export interface VerifyOptions extends SecretOptions, CheckOptions, BodyOptions {}

/** Options of `verify` for providers that sign the body alone with a shared secret: no `tolerance`. */
export interface UntimedVerifyOptions extends SecretOptions, NoTimestampOptions, BodyOptions {}

/** Options of `sign` for providers that sign a timestamp with a shared secret. */
export interface SignOptions extends SigningSecretOptions, SignTimeOptions {}

/** Options of `verify` for providers that send a static credential and sign nothing: no `tolerance`. */
export interface CredentialVerifyOptions extends CredentialOptions, NoTimestampOptions, BodyOptions {}
