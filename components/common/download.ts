import type { ExportFile } from '../../utils/export/files';

/**
 * Saves text as a file through a Blob URL and a temporary <a download>: no network, no downloads permission.
 * The URL is revoked after the click has been handled.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
