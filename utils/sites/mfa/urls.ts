/** Hosts the MFA adapter runs on by itself (its own module: the manifest's list needs no adapter code). */
export const MFA_MATCHES: readonly string[] = ['*://*.mfa.gov.cn/*', '*://*.fmprc.gov.cn/*'];
