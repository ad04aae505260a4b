/** The "edit this page" URL for a source file, or null when no edit base is configured or the file path is unknown. */
export function editUrl(editBaseUrl: string | null, filePath: string | undefined): string | null {
  if (editBaseUrl === null || filePath === undefined) return null;
  const root = editBaseUrl.endsWith('/') ? editBaseUrl : `${editBaseUrl}/`;
  return root + filePath.replace(/^\.?\//, '');
}
