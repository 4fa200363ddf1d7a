import pkg from '../../package.json';

// The version and the declared repository, from package.json, so the checker's --version, SARIF
// output and documentation links never drift from what is published.

export const VERSION: string = pkg.version;

/** https://github.com/owner/name, from package.json's `repository`. */
export const REPOSITORY_URL: string = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** A rule's documentation page in the declared repository. */
export function ruleDocsUrl(code: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${code}.md`;
}
